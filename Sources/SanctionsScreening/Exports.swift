// `import SanctionsScreening` alone is enough to embed the engine: these
// modules' public types appear in the screening API.
//
// - SanctionsLists: `ListLoader`, `Entity`, `ListSource`, `EntityType`,
//   `NameKind`, `ListError`, list warnings and reports.
// - SanctionsMatching: `PartyKind`, `NameMatcher`, `MatchExplanation` and
//   its `ScorePenalty` and `ComparisonMethod`.
@_exported public import SanctionsLists
@_exported public import SanctionsMatching
