/// Organization legal forms and their equivalences.
///
/// Legal forms are read as equivalences, not evidence: `LLC`, `OOO` (`ООО`),
/// `TOV`, `Limited Liability Company` and `GmbH` are one class; `JSC`, `PJSC`,
/// `PAO` (`ПАО`) and `Joint Stock Company` another. A name matches the same name
/// with another spelling of its legal form, and a legal form never makes two
/// different names look alike.
enum LegalForms {
  /// Canonical classes.
  enum Form: UInt8, Sendable {
    case limitedLiability = 1, jointStock, company, limited, incorporated, publicLimited, partnership
    case societeAnonyme, establishment, freeZone, privateLimited, cooperative
    case statePublicEnterprise

    /// Forms that only say "a company" and are compatible with any other.
    var isGeneric: Bool { self == .company || self == .limited || self == .incorporated }

    var label: String {
      switch self {
      case .limitedLiability: "LLC"
      case .jointStock: "JSC"
      case .company: "Co."
      case .limited: "Ltd"
      case .incorporated: "Inc."
      case .publicLimited: "PLC"
      case .partnership: "LP"
      case .societeAnonyme: "S.A."
      case .establishment: "Est."
      case .freeZone: "FZE"
      case .privateLimited: "Pvt Ltd"
      case .cooperative: "Co-op"
      case .statePublicEnterprise: "State enterprise"
      }
    }
  }

  /// Phrases (as token sequences) mapped to their class; longest match wins.
  static let phrases: [[String]: Form] = {
    var table: [[String]: Form] = [:]
    func add(_ form: Form, _ spellings: [String]) {
      for spelling in spellings { table[spelling.split(separator: " ").map(String.init)] = form }
    }
    add(.limitedLiability, [
      "llc", "l l c", "ooo", "tov", "too", "sarl", "srl", "s r l", "s a r l", "gmbh", "ltda", "limitada",
      "limited liability company", "limited liability co", "limited liability corporation",
      "obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostiu",
      "obshestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostyu",
      "obshchestvo s ogranichennoy otvetstvennostiu", "obshchestvo s ogranichennoi otvetstvennostiu",
      "obshchestvo s ogranichennoj otvetstvennostju", "gesellschaft mit beschraenkter haftung",
      "gesellschaft mit beschrankter haftung", "tovarystvo z obmezhenoiu vidpovidalnistiu", "tovarystvo z obmezhenoyu vidpovidalnistyu",
      "sp z o o", "spzoo", "sro", "s r o", "doo", "d o o", "kft", "mchj", "sociedad de responsabilidad limitada",
      "societe a responsabilite limitee", "societa a responsabilita limitata", "bv", "b v", "fz llc",
      "fzllc", "lllp", "taa", "you xian ze ren gong si", "youxianzerengongsi", "ou", "osauhing",
    ])
    add(.jointStock, [
      "jsc", "ojsc", "cjsc", "pjsc", "ao", "oao", "zao", "pao", "nao", "pat", "prat", "vat", "zat", "at",
      "joint stock company", "joint stock co", "joint stock", "jointstock company", "open joint stock company",
      "closed joint stock company", "public joint stock company", "non public joint stock company",
      "aktsionernoe obshchestvo", "aktsionernoye obshchestvo", "otkrytoe aktsionernoe obshchestvo",
      "zakrytoe aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo",
      "publichnoye aktsionernoye obshchestvo", "aktsionerne tovarystvo", "publichne aktsionerne tovarystvo",
      "ad", "a d", "jsco", "jscb", "aat", "adkrytae aktsyyanernae tavarystva", "gu fen you xian gong si", "ag", "aktiengesellschaft", "as", "a s", "asa", "ab", "oyj", "spa", "s p a",
    ])
    add(.company, ["gong si", "gongsi", "co", "company", "compania", "compagnie", "companhia", "compania", "kompaniya", "cia", "cie", "kompania"])
    add(.limited, ["you xian gong si", "youxiangongsi", "ltd", "limited", "ltee", "ltd co", "co ltd", "company limited", "co limited", "limited company"])
    add(.incorporated, ["inc", "incorporated", "corp", "corporation", "corporacion", "korporatsiya", "korporatsiia"])
    add(.publicLimited, ["plc", "public limited company", "p l c"])
    add(.partnership, ["lp", "llp", "l p", "l l p", "limited partnership", "limited liability partnership", "kg", "gmbh co kg", "ohg"])
    add(.societeAnonyme, ["sa", "s a", "sas", "s a s", "sa de cv", "s a de c v", "sab de cv", "sl", "s l", "nv", "n v", "sae", "s a e", "sal", "s a l", "saog", "saoc", "psc", "pjsc co", "sociedad anonima", "societe anonyme", "sociedad anonima de c v", "sociedad anonima de capital variable", "s a de c v", "sa de c v", "de c v"])
    add(.establishment, ["est", "establishment", "etablissement", "muassasat", "muassasa"])
    add(.freeZone, ["fze", "fzco", "fzc", "fz co", "fz e", "dmcc", "fzs"])
    add(.privateLimited, ["pvt", "pvt ltd", "private limited", "pte", "pte ltd", "pty", "pty ltd", "sdn bhd", "bhd", "berhad", "sendirian berhad", "tbk", "pt", "kk", "yk", "gk"])
    add(.cooperative, ["coop", "co op", "cooperative", "kooperativ"])
    add(.statePublicEnterprise, ["fgup", "gup", "mup", "dp", "sue", "state unitary enterprise", "federal state unitary enterprise", "unitary enterprise", "ue", "rue"])
    return table
  }()

  static let longestPhrase = phrases.keys.map(\.count).max() ?? 1

  /// Words of legal-form phrases (four letters or more), to mend splits
  /// such as `LIABIL ITY` before phrases are recognized.
  static let phraseWords: Set<String> = Set(phrases.keys.flatMap { $0 }.filter { $0.utf8.count >= 4 })

  /// Single-word legal forms that are never a name part, recognized anywhere
  /// in a name (`INTERNATIONAL COMPANY LLC ASTECLING`).
  static let unambiguous: Set<String> = [
    "llc", "ooo", "jsc", "pjsc", "ojsc", "cjsc", "zao", "oao", "pao", "gmbh", "ltd", "plc", "llp", "fze", "fzco",
    "sarl", "ltda", "inc",
  ]

  /// The fewest letters a name must keep once a glued legal form is cut off
  /// its end (`labcorp` is not `lab`), or its start (`companystk`).
  static let minimumRestBefore = 4
  static let minimumRestAfter = 3

  /// Single-word legal forms of three letters or more, as bytes, longest
  /// first, then in byte order (a fixed order: the first that fits wins).
  /// Only unambiguous ones and words of four letters or more: a short
  /// ambiguous form glued on is mostly part of the word (`saling`, `estates`).
  static let gluedForms: [[UInt8]] = phrases.keys
    .filter { $0.count == 1 && ($0[0].utf8.count >= 4 || unambiguous.contains($0[0])) }
    .map { Array($0[0].utf8) }
    .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }

  /// The name without a legal form glued to its start or end
  /// (`jscargument` → `argument`, `estatessas` → `estates`), if there is one
  /// and enough name is left. The longest form wins; between forms of one
  /// length a glued ending wins over a glued beginning (legal forms follow
  /// the name in most languages).
  static func withoutGluedForm(_ token: [UInt8]) -> [UInt8]? {
    var prefixMatch: [UInt8]?
    var length = 0
    for form in gluedForms where token.count >= form.count + minimumRestAfter {
      if form.count != length {
        if let prefixMatch { return prefixMatch }
        length = form.count
      }
      if token.count >= form.count + minimumRestBefore, token.suffix(form.count).elementsEqual(form) {
        return Array(token.prefix(token.count - form.count))
      }
      if prefixMatch == nil, token.starts(with: form) { prefixMatch = Array(token[form.count...]) }
    }
    return prefixMatch
  }
}
