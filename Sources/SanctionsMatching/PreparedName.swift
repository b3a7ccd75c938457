import SanctionsNormalization

/// The part a token plays in a name.
package enum TokenRole: UInt8, Sendable {
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
package struct PreparedToken: Sendable {
  /// Romanized forms as bytes, preferred first.
  package var forms: [[UInt8]]
  /// Phonetic key of each form.
  package var keys: [[UInt8]]
  /// Consonant skeleton of each form.
  package var skeletons: [[UInt8]]
  /// Class keys of the first two keys (see `PhoneticKeys.classKey`).
  package var classKeys: [[UInt8]] = []
  /// Reduced skeletons of the first three skeletons.
  package var reducedSkeletons: [[UInt8]] = []
  package var role: TokenRole
  /// Whether the token came from a script without written short vowels.
  package var isAbjad: Bool
  /// Whether the token is one syllable of a Chinese or Korean name: such
  /// syllables agree only exactly (in one of their romanizations).
  package var isSyllable = false
  package var weight: Float
  /// Positions of the real tokens this unit covers (a bit per position).
  package var span: UInt32
  /// Number of real tokens covered.
  package var spanCount: Int
  /// How the token is shown in explanations.
  package var display: String
  /// Given-name (or patronymic) equivalence group of any form; 0 for none.
  package var nameGroup: UInt16 = 0
  /// Whether this is the last real token of its name (where truncation happens).
  package var isLast = false
  /// Whether the token mixes letters and digits (a model or hull code such
  /// as `a320`): such codes agree only when identical.
  package var isCode = false
  /// Consonant classes (and digits) present in any form or key, one bit
  /// each: a quick test that two tokens have nothing in common.
  package var classBits: UInt32 = 0
  /// The first three bytes of the primary form (0 when shorter), and the
  /// number of forms: the quick rejection reads only these plain values.
  package var primaryPrefix: UInt32 = 0
  package var formCount: Int = 0

  package var primary: [UInt8] { forms[0] }
}

extension PreparedToken {
  package mutating func deriveClassKeys() {
    classKeys = keys.prefix(2).map(PhoneticKeys.classKey)
    reducedSkeletons = skeletons.prefix(3).map(PhoneticKeys.reducedSkeleton)
    isCode = forms[0].contains { $0 >= 0x30 && $0 <= 0x39 }
    var bits: UInt32 = 0
    for text in forms + keys {
      for byte in PhoneticKeys.canonicalLetters(text) {
        let folded = PhoneticKeys.consonantClass(byte)
        if folded != 0 { bits |= 1 << UInt32(folded % 31) }
      }
    }
    classBits = bits
    let primary = forms[0]
    primaryPrefix = primary.count >= 3 ? UInt32(primary[0]) << 16 | UInt32(primary[1]) << 8 | UInt32(primary[2]) : 0
    formCount = forms.count
  }
}

/// A name made ready for fast, repeated comparison: tokens as byte strings
/// with their phonetic keys, skeletons, roles and weights precomputed.
///
/// Prepare every list name once; comparisons then allocate nothing.
public struct PreparedName: Sendable {
  /// The name as given.
  public let original: String
  /// The rules it is compared under.
  public let kind: PartyKind
  /// Real tokens (titles removed, legal forms and numbers set aside).
  package let tokens: [PreparedToken]
  /// Adjacent real tokens joined, for split and joined spellings.
  package let joined: [PreparedToken]
  /// `tokens` followed by `joined`, for the comparison loops.
  package let units: [PreparedToken]
  /// Legal forms found, by class.
  package let legalForms: [LegalForms.Form]
  /// Numbers found (`2`, `747`).
  package let numbers: [[UInt8]]
  /// Titles and honorifics that were ignored.
  package let removedTitles: [String]
  /// Sum of the weights of the real tokens.
  package let totalWeight: Float
  /// Number of identifying name parts (role `.name`).
  package let namePartCount: Int
  /// Whether the name looks like an organization (legal form or generic word).
  package let looksLikeOrganization: Bool
  /// Whether the name is written in Chinese or Korean syllables.
  package let isSyllabic: Bool
  /// Number of real tokens that are name parts or initials.
  package let identifyingPartCount: Int

  /// Whether nothing comparable is left (e.g. a name of titles only).
  public var isEmpty: Bool { tokens.isEmpty && numbers.isEmpty }
}

extension PreparedName {
  /// How many name parts (role `.name`) the alignment left unmatched,
  /// whether the first and last name parts were both matched, and whether
  /// neither was; without copying.
  func namePartSummary(used: UInt32) -> (unmatched: Int, endsAgree: Bool, neitherEndAgrees: Bool) {
    var unmatched = 0
    var first: Bool?
    var last = true
    tokens.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index].role == .name {
        let matched = buffer[index].span & used != 0
        if !matched { unmatched += 1 }
        if first == nil { first = matched }
        last = matched
      }
    }
    let firstAgrees = first ?? true
    return (unmatched, firstAgrees && last, !firstAgrees && !last)
  }


  /// The number of tokens before the only comma of a person's name written
  /// `SURNAME, Given Names`, or nil.
  static func commaBoundary(of name: NormalizedName) -> Int? {
    let commas = name.original.unicodeScalars.filter { $0 == "," || $0 == "\u{060C}" || $0 == "\u{FF0C}" }
    guard commas.count == 1,
      let comma = name.original.unicodeScalars.firstIndex(where: { $0 == "," || $0 == "\u{060C}" || $0 == "\u{FF0C}" })
    else { return nil }
    let head = String(name.original.unicodeScalars[..<comma])
    return (try? NameNormalizer().normalize(head))?.tokens.count
  }

  /// The most real tokens compared per name; the rest of an unusually long
  /// name is ignored (and reported in explanations).
  package static let maximumTokens = 12
  /// The most units (real tokens, joined pairs and triples) of one name.
  package static let maximumUnits = maximumTokens * 3

  init(_ name: NormalizedName, kind: PartyKind, weights: TokenWeights) {
    var texts = name.tokens.map { token in
      (token.primary, token.forms, token.script.isAbjad, token.original, token.script.isSyllabicCJK)
    }
    // `SURNAME, Given Names` → natural order, so that positions mean the same
    // on both sides (the given name first, the surname last).
    if kind == .person, let boundary = Self.commaBoundary(of: name), boundary > 0, boundary < texts.count {
      texts = Array(texts[boundary...] + texts[..<boundary])
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
    // Legal forms: split words of legal phrases mended, phrases at either end
    // of an organization's name and unambiguous ones anywhere set aside.
    var legalForms: [LegalForms.Form] = []
    if kind.hasLegalForms {
      var index = 0
      while index + 1 < texts.count {
        let joined = texts[index].0 + texts[index + 1].0
        if LegalForms.phraseWords.contains(joined), !LegalForms.phraseWords.contains(texts[index].0) {
          texts[index] = (joined, [joined], false, texts[index].3 + " " + texts[index + 1].3, false)
          texts.remove(at: index + 1)
        } else {
          index += 1
        }
      }
      if texts.count > 1 {
        let kept = texts.filter { text in
          guard LegalForms.unambiguous.contains(text.0), let form = LegalForms.phrases[[text.0]] else { return true }
          legalForms.append(form)
          return false
        }
        if !kept.isEmpty { texts = kept } else { legalForms.removeAll() }
      }
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
    for (primary, forms, isAbjad, original, isSyllable) in texts {
      if primary.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        numbers.append(Array(primary.utf8))
        continue
      }
      guard tokens.count < Self.maximumTokens else { break }
      let role: TokenRole
      if primary.utf8.count == 1 && !isSyllable {
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
          forms: byteForms, keys: [], skeletons: [], role: role, isAbjad: isAbjad, isSyllable: isSyllable,
          weight: weight, span: position, spanCount: 1, display: original))
    }
    if !tokens.isEmpty { tokens[tokens.count - 1].isLast = true }
    for index in tokens.indices {
      tokens[index].keys = tokens[index].forms.map(PhoneticKeys.phoneticKey)
      tokens[index].skeletons = tokens[index].forms.map(PhoneticKeys.consonantSkeleton)
      tokens[index].deriveClassKeys()
      if tokens[index].role == .name {
        tokens[index].nameGroup = tokens[index].forms.lazy.map(GivenNameEquivalents.group).first { $0 != 0 } ?? 0
        if tokens[index].nameGroup == 0, kind != .person {
          // Organization words and their translations (`zavod` / `plant`).
          tokens[index].nameGroup = tokens[index].forms.lazy.map(OrganizationWordEquivalents.group).first { $0 != 0 } ?? 0
        }
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
          var unit =
            PreparedToken(
              forms: forms, keys: forms.map(PhoneticKeys.phoneticKey),
              skeletons: forms.map(PhoneticKeys.consonantSkeleton), role: .name,
              isAbjad: parts.contains(where: \.isAbjad), isSyllable: parts.contains(where: \.isSyllable), weight: parts.reduce(0) { $0 + $1.weight },
              span: parts.reduce(0) { $0 | $1.span }, spanCount: length,
              display: parts.map(\.display).joined(separator: " "))
          unit.deriveClassKeys()
          joined.append(unit)
        }
      }
    }
    self.original = name.original
    self.kind = kind
    self.tokens = tokens
    self.joined = joined
    self.units = tokens + joined
    self.legalForms = legalForms
    self.numbers = numbers
    self.removedTitles = removedTitles
    self.totalWeight = tokens.reduce(0) { $0 + $1.weight }
    self.namePartCount = tokens.count { $0.role == .name }
    self.isSyllabic = tokens.contains(where: \.isSyllable)
    self.identifyingPartCount = tokens.count { $0.role == .name || $0.role == .initial }
    self.looksLikeOrganization = looksLikeOrganization
  }
}
