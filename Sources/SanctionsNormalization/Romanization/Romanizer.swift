import Synchronization

/// Romanizes one raw token into lowercase ASCII forms, by script.
enum Romanizer {
  /// Token romanizations are cached: names repeat their parts endlessly
  /// (`muhammad`, `ooo`, `vladimirovich`) and ICU transforms are slow.
  private static let cache = Mutex<[String: CachedForms]>([:])
  private static let cacheLimit = 200_000

  struct CachedForms {
    var forms: [String]
    var script: NameScript
  }

  static func romanize(
    _ token: UnicodeNameTokenizer.RawToken,
    cyrillicLanguage: CyrillicLanguage,
    nameHasLatin: Bool
  ) throws(ICUError) -> NameToken? {
    let original = String(String.UnicodeScalarView(token.scalars))
    let key = "\(cyrillicLanguage.rawValue)\(token.startsSyllableRun ? "^" : "")\(nameHasLatin ? "L" : "")\u{1}\(original)"
    let cached: CachedForms
    if let known = cache.withLock({ $0[key] }) {
      cached = known
    } else {
      let (forms, script) = try computeForms(
        token, original: original, cyrillicLanguage: cyrillicLanguage, nameHasLatin: nameHasLatin)
      cached = CachedForms(forms: deduplicated(ScriptRomanization.ensuringLetters(forms, of: token.scalars)), script: script)
      cache.withLock { cache in
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = cached
      }
    }
    guard !cached.forms.isEmpty else { return nil }
    var result = NameToken(original: original, forms: cached.forms, script: cached.script)
    result.continuesWord = cached.script.isSyllabicCJK && !token.startsSyllableRun
    return result
  }

  /// The dominant script of a token, ignoring digits and marks: the script
  /// with the most letters; on a tie a script other than Latin, then the one
  /// that comes first in the token (never the order of a hashed collection).
  static func dominantScript(of scalars: [Unicode.Scalar]) -> (NameScript, hasLatin: Bool, mixed: Bool) {
    // Scripts in order of first appearance, with their letter counts.
    var counts: [(script: NameScript, count: Int)] = []
    for scalar in scalars {
      let script = UnicodeFolding.script(of: scalar)
      if script == .common || script == .inherited { continue }
      if let index = counts.firstIndex(where: { $0.script == script }) {
        counts[index].count += 1
      } else {
        counts.append((script, 1))
      }
    }
    guard var best = counts.first else { return (.common, false, false) }
    for candidate in counts.dropFirst() {
      let more = candidate.count > best.count
      let tiedButNotLatin = candidate.count == best.count && best.script == .latin && candidate.script != .latin
      if more || tiedButNotLatin { best = candidate }
    }
    return (best.script, counts.contains { $0.script == .latin }, counts.count > 1)
  }

  private static func computeForms(
    _ token: UnicodeNameTokenizer.RawToken,
    original: String,
    cyrillicLanguage: CyrillicLanguage,
    nameHasLatin: Bool
  ) throws(ICUError) -> ([String], NameScript) {
    let scalars = token.scalars
    let (script, hasLatin, mixed) = dominantScript(of: scalars)

    // Digits of any script, alone.
    if script == .common {
      return ([ASCIIFolding.digitsAndLetters(of: scalars)], .common)
    }
    // A Cyrillic word with Latin look-alikes typed into it (`Фëдoрoвич` with
    // Latin `o` and `ë`): read the look-alikes as Cyrillic.
    if mixed && hasLatin && script == .cyrillic,
      let cyrillic = HomoglyphFolding.cyrillicReading(of: scalars)
    {
      let text = String(String.UnicodeScalarView(cyrillic))
      let forms = try ScriptRomanization.forms(
        of: text, scalars: cyrillic, script: .cyrillic, cyrillicLanguage: cyrillicLanguage,
        startsSyllableRun: false)
      return (forms, .cyrillic)
    }
    // Latin letters mixed with look-alikes from another script: read as Latin.
    if mixed && hasLatin {
      let folded = try HomoglyphFolding.latinReading(of: scalars)
      return (LatinRomanization.forms(of: folded), .latin)
    }
    if script == .latin {
      return (LatinRomanization.forms(of: scalars), .latin)
    }
    // A whole token of look-alikes in an otherwise Latin name (`АВС`).
    var forms: [String] = []
    if nameHasLatin, (script == .cyrillic || script == .greek),
      let lookAlike = HomoglyphFolding.fullLatinLookAlike(of: scalars)
    {
      forms.append(lookAlike)
    }
    forms += try ScriptRomanization.forms(
      of: original, scalars: scalars, script: script, cyrillicLanguage: cyrillicLanguage,
      startsSyllableRun: token.startsSyllableRun)
    return (forms, script)
  }

  static func deduplicated(_ forms: [String]) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for form in forms where !form.isEmpty && seen.insert(form).inserted {
      result.append(form)
    }
    return result
  }
}
