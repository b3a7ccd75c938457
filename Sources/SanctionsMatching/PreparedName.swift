import SanctionsNormalization

/// The part a token plays in a name.
enum TokenRole: UInt8, Sendable {
  /// A name part that identifies (given name, surname, distinctive word).
  case name
  /// A connecting particle (`bin`, `al`, `van`, `de`).
  case particle
  /// A stop word in an organization name (`of`, `the`, `and`).
  case stopWord
  /// A single letter standing for a name part (`J.` in `J. R. Smith`).
  case initial
  /// A number (`2` in `Ocean Star 2`): must agree exactly.
  case number
  /// An organization legal form (`LLC`, `ООО`): an equivalence class.
  case legalForm
}

/// One comparable unit: a token, or adjacent tokens joined (`sea`+`dragon`
/// for `Seadragon`).
struct PreparedToken: Sendable {
  /// Romanized forms as bytes, preferred first.
  var forms: [[UInt8]]
  /// Phonetic key of each form.
  var keys: [[UInt8]]
  /// Consonant skeleton of each form.
  var skeletons: [[UInt8]]
  var role: TokenRole
  /// Whether the token came from a script without written short vowels.
  var isAbjad: Bool
  var weight: Float
  /// Positions of the real tokens this unit covers (a bit per position).
  var span: UInt32
  /// Number of real tokens covered.
  var spanCount: Int
  /// How the token is shown in explanations.
  var display: String
  /// Given-name (or patronymic) equivalence group of any form; 0 for none.
  var nameGroup: UInt16 = 0
  /// Whether this is the last real token of its name (where truncation happens).
  var isLast = false
  /// Whether the token mixes letters and digits (a model or hull code such
  /// as `a320`): such codes agree only when identical.
  var isCode: Bool { primary.contains { $0 >= 0x30 && $0 <= 0x39 } }

  var primary: [UInt8] { forms[0] }
}

/// A name made ready for fast, repeated comparison: tokens as byte strings
/// with their phonetic keys, skeletons, roles and weights precomputed.
///
/// Prepare every list name once; comparisons then allocate nothing.
public struct PreparedName: Sendable {
  /// The name as given.
  public let original: String
  /// The rules it is compared under.
  public let kind: NameKind
  /// Real tokens (titles removed, legal forms and numbers set aside).
  let tokens: [PreparedToken]
  /// Adjacent real tokens joined, for split and joined spellings.
  let joined: [PreparedToken]
  /// Legal forms found, by class.
  let legalForms: [LegalForms.Form]
  /// Numbers found (`2`, `747`).
  let numbers: [[UInt8]]
  /// Titles and honorifics that were ignored.
  let removedTitles: [String]
  /// Sum of the weights of the real tokens.
  let totalWeight: Float
  /// Number of identifying name parts (role `.name`).
  let namePartCount: Int
  /// Whether the name looks like an organization (legal form or generic word).
  let looksLikeOrganization: Bool

  /// Whether nothing comparable is left (e.g. a name of titles only).
  public var isEmpty: Bool { tokens.isEmpty && numbers.isEmpty }
}

extension PreparedName {
  /// The most real tokens compared per name; the rest of an unusually long
  /// name is ignored (and reported in explanations).
  static let maximumTokens = 12

  init(_ name: NormalizedName, kind: NameKind, weights: TokenWeights) {
    var texts = name.tokens.map { token in
      (token.primary, token.forms, token.script.isAbjad, token.original)
    }
    // Titles and honorifics before the name.
    var removedTitles: [String] = []
    if kind.removesTitles {
      while texts.count > 1, Titles.all.contains(texts[0].0) {
        if Titles.ambiguous.contains(texts[0].0) && texts.count < 3 { break }
        removedTitles.append(texts[0].3)
        texts.removeFirst()
      }
    }
    // Legal forms at either end of an organization's name.
    var legalForms: [LegalForms.Form] = []
    if kind.hasLegalForms {
      var changed = true
      while changed && texts.count > 1 {
        changed = false
        for length in stride(from: min(LegalForms.longestPhrase, texts.count - 1), through: 1, by: -1) {
          let head = texts[0..<length].map(\.0)
          if let form = LegalForms.phrases[head] {
            legalForms.append(form)
            texts.removeFirst(length)
            changed = true
            break
          }
          let tail = texts[(texts.count - length)...].map(\.0)
          if let form = LegalForms.phrases[tail] {
            legalForms.append(form)
            texts.removeLast(length)
            changed = true
            break
          }
        }
      }
    }
    var numbers: [[UInt8]] = []
    var tokens: [PreparedToken] = []
    var looksLikeOrganization = !legalForms.isEmpty
    for (primary, forms, isAbjad, original) in texts {
      if primary.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        numbers.append(Array(primary.utf8))
        continue
      }
      guard tokens.count < Self.maximumTokens else { break }
      let role: TokenRole
      if primary.utf8.count == 1 {
        role = .initial
      } else if kind != .person, NameVocabulary.stopWords.contains(primary), texts.count > 2 {
        role = .stopWord
      } else if NameVocabulary.particles.contains(primary) && texts.count > 1 {
        role = .particle
      } else {
        role = .name
      }
      if NameVocabulary.genericOrganizationWords.contains(primary) && role == .name { looksLikeOrganization = true }
      let position = UInt32(1) << UInt32(tokens.count)
      var byteForms = forms.prefix(6).map { Array($0.utf8) }
      var weight = weights.weight(of: primary, role: role)
      if kind.hasLegalForms && role == .name {
        // A legal form glued to the name (`JSCARGUMENT`): also offer the name alone.
        if let bare = LegalForms.withoutGluedForm(byteForms[0]) { byteForms.append(bare) }
        // One- and two-letter parts of organization names are abbreviations
        // (`NK` for `Neftyanaya Kompaniya`): weak evidence.
        if primary.utf8.count <= 2 { weight = min(weight, 0.2) }
      }
      tokens.append(
        PreparedToken(
          forms: byteForms, keys: [], skeletons: [], role: role, isAbjad: isAbjad,
          weight: weight, span: position, spanCount: 1, display: original))
    }
    if !tokens.isEmpty { tokens[tokens.count - 1].isLast = true }
    for index in tokens.indices {
      tokens[index].keys = tokens[index].forms.map(PhoneticKeys.phoneticKey)
      tokens[index].skeletons = tokens[index].forms.map(PhoneticKeys.consonantSkeleton)
      if tokens[index].role == .name {
        tokens[index].nameGroup = tokens[index].forms.lazy.map(GivenNameEquivalents.group).first { $0 != 0 } ?? 0
      }
    }
    // Joined neighbours: pairs and triples of adjacent tokens.
    var joined: [PreparedToken] = []
    if tokens.count > 1 {
      for length in 2...min(3, tokens.count) {
        for start in 0...(tokens.count - length) {
          let parts = tokens[start..<(start + length)]
          if parts.contains(where: { $0.role == .initial }) { continue }
          // The primary forms joined, and (for two parts) the alternatives too.
          var forms: [[UInt8]] = [parts.flatMap(\.primary)]
          if length == 2 {
            let first = parts[parts.startIndex]
            let second = parts[parts.startIndex + 1]
            for a in first.forms.prefix(2) {
              for b in second.forms.prefix(2) where !(a == first.primary && b == second.primary) {
                forms.append(a + b)
              }
            }
          }
          joined.append(
            PreparedToken(
              forms: forms, keys: forms.map(PhoneticKeys.phoneticKey),
              skeletons: forms.map(PhoneticKeys.consonantSkeleton), role: .name,
              isAbjad: parts.contains(where: \.isAbjad), weight: parts.reduce(0) { $0 + $1.weight },
              span: parts.reduce(0) { $0 | $1.span }, spanCount: length,
              display: parts.map(\.display).joined(separator: " ")))
        }
      }
    }
    self.original = name.original
    self.kind = kind
    self.tokens = tokens
    self.joined = joined
    self.legalForms = legalForms
    self.numbers = numbers
    self.removedTitles = removedTitles
    self.totalWeight = tokens.reduce(0) { $0 + $1.weight }
    self.namePartCount = tokens.count { $0.role == .name }
    self.looksLikeOrganization = looksLikeOrganization
  }
}
