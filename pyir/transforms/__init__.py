"""pyir's in-tree passes that are not tied to a dialect.

`IN_TREE_PASSES` maps each pass name to where its class lives; the pass registry
(`pyir.pass_manager.pass_registry`) registers these loaders, so a pass module is imported
only when a pipeline or flag names it. Passes of installed packages arrive through the
`pyir.passes` entry-point group instead.
"""

IN_TREE_PASSES: dict[str, str] = {
    "canonicalize": "pyir.transforms.canonicalize:CanonicalizerPass",
    "cse": "pyir.transforms.cse:CSEPass",
    "lower-affine": "pyir.transforms.lower_affine:LowerAffinePass",
    "inline": "pyir.transforms.inline:InlinerPass",
    "sccp": "pyir.transforms.sccp:SCCPPass",
    "symbol-dce": "pyir.transforms.symbol_dce:SymbolDCEPass",
    "convert-scf-to-cf": "pyir.transforms.scf_to_cf:SCFToControlFlowPass",
    "loop-invariant-code-motion": "pyir.transforms.licm:LoopInvariantCodeMotionPass",
    "reconcile-unrealized-casts": "pyir.transforms.reconcile_casts:ReconcileUnrealizedCastsPass",
}
