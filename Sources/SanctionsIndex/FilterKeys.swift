import SanctionsMatching

/// Filter keys: hashed signatures of name units such that two units the
/// matcher could align (similarity at least 0.5) always share a key.
///
/// Each matcher rule has a necessary condition expressible as shared keys:
///
/// | rule | index side | query side |
/// | --- | --- | --- |
/// | identical forms, codes, equal initials | every form | every form, and every prefix of the primary form of 3+ letters (truncation, long query) |
/// | identical phonetic keys | every key | every key |
/// | given-name equivalents | the group | the group |
/// | typos (OSA ≤ k) | deletion neighbourhood of forms and keys, k by length | same |
/// | vowel and consonant-class variants | class key and its 1-deletions | same |
/// | consonant skeletons (abjad) | reduced skeleton and its ≤2-deletions keeping the first symbol, under "abjad" and "any" tags | "any" tag for abjad queries, "abjad" tag otherwise |
/// | initials | first letter of every real unit's forms; initials by letter | initials by letter; first letters |
/// | truncation (short query) | every proper prefix of 3+ letters of the primary | the primary |
enum FilterKeys {
  enum Tag: UInt64 {
    case form = 1, key, group, deletion, classKey, abjadSkeleton, anySkeleton, firstLetter, initialLetter, prefix, numbersOnly
  }

  @inline(__always)
  static func key(_ tag: Tag, _ bytes: some Sequence<UInt8>) -> UInt64 {
    // FNV-1a, 56 bits, with the tag in the top byte.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return (tag.rawValue << 56) | (hash & 0x00FF_FFFF_FFFF_FFFF)
  }

  @inline(__always)
  static func key(_ tag: Tag, value: UInt64) -> UInt64 {
    (tag.rawValue << 56) | (value & 0x00FF_FFFF_FFFF_FFFF)
  }

  /// All deletion variants of `bytes` of at least two symbols with up to `k`
  /// deletions (including `bytes` itself), as keys. Every rule that uses them
  /// requires the longer string to keep two symbols beyond the edits, so two
  /// strings it accepts always share such a variant.
  static func deletions(_ tag: Tag, _ bytes: [UInt8], upTo k: Int, emit: (UInt64) -> Void) {
    guard bytes.count >= 2 else { return }
    emit(key(tag, bytes))
    guard k > 0 else { return }
    var buffer = bytes
    func recurse(_ current: [UInt8], from start: Int, remaining: Int) {
      for index in start..<current.count {
        if index > start, current[index] == current[index - 1] { continue }  // same variant
        buffer = current
        buffer.remove(at: index)
        guard buffer.count >= 2 else { continue }
        emit(key(tag, buffer))
        if remaining > 1 { recurse(buffer, from: index, remaining: remaining - 1) }
      }
    }
    recurse(bytes, from: 0, remaining: k)
  }

  /// Deletion variants that keep the first symbol (for rules that require
  /// the first symbols to agree): the first symbol, then every variant of the
  /// rest with up to `k` deletions, at least two symbols in all.
  static func anchoredDeletions(_ tag: Tag, _ bytes: [UInt8], upTo k: Int, emit: (UInt64) -> Void) {
    guard bytes.count >= 2 else { return }
    let first = bytes[0]
    let rest = Array(bytes.dropFirst())
    emit(key(tag, bytes))
    guard k > 0 else { return }
    var buffer: [UInt8] = []
    func recurse(_ current: [UInt8], from start: Int, remaining: Int) {
      for index in start..<current.count {
        if index > start, current[index] == current[index - 1] { continue }
        buffer = current
        buffer.remove(at: index)
        guard !buffer.isEmpty else { continue }
        emit(key(tag, [first] + buffer))
        if remaining > 1 { recurse(buffer, from: index, remaining: remaining - 1) }
      }
    }
    recurse(rest, from: 0, remaining: k)
  }

  /// Typo tolerance used for one side's deletion neighbourhood: at least the
  /// tolerance of any pair this unit can be in.
  @inline(__always)
  static func typoDeletions(for unit: PreparedToken, length: Int) -> Int {
    let allowed = TokenComparer.allowedEdits(length + 1)
    return unit.spanCount > 1 ? min(allowed, TokenComparer.allowedEditsJoined) : allowed
  }

  @inline(__always)
  static func skeletonDeletions(for unit: PreparedToken) -> Int {
    unit.spanCount > 1 ? TokenComparer.reducedSkeletonEditsJoined : TokenComparer.reducedSkeletonEdits
  }

  /// Keys under which a list name's unit is filed.
  static func indexKeys(for unit: PreparedToken, emit: (UInt64) -> Void) {
    if unit.role == .initial {
      emit(key(.initialLetter, value: UInt64(unit.primary[0])))
      emit(key(.form, unit.primary))
      return
    }
    sharedKeys(for: unit, emit: emit)
    let skeletonEdits = skeletonDeletions(for: unit)
    for skeleton in unit.reducedSkeletons {
      anchoredDeletions(.anySkeleton, skeleton, upTo: skeletonEdits, emit: emit)
      if unit.isAbjad { anchoredDeletions(.abjadSkeleton, skeleton, upTo: skeletonEdits, emit: emit) }
    }
    if unit.spanCount == 1 {
      for form in unit.forms where !form.isEmpty {
        emit(key(.firstLetter, value: UInt64(form[0])))
      }
      let primary = unit.primary
      if primary.count > 3 {
        for length in 3..<primary.count { emit(key(.prefix, primary[0..<length])) }
      }
    }
  }

  /// Keys a query unit looks up.
  static func queryKeys(for unit: PreparedToken, emit: (UInt64) -> Void) {
    if unit.role == .initial {
      emit(key(.firstLetter, value: UInt64(unit.primary[0])))
      emit(key(.form, unit.primary))
      return
    }
    sharedKeys(for: unit, emit: emit)
    let tag: Tag = unit.isAbjad ? .anySkeleton : .abjadSkeleton
    let skeletonEdits = skeletonDeletions(for: unit)
    for skeleton in unit.reducedSkeletons {
      anchoredDeletions(tag, skeleton, upTo: skeletonEdits, emit: emit)
    }
    if unit.spanCount == 1 {
      for form in unit.forms where !form.isEmpty {
        emit(key(.initialLetter, value: UInt64(form[0])))
      }
      let primary = unit.primary
      if primary.count >= 3 {
        emit(key(.prefix, primary))
        if primary.count > 3 {
          for length in 3..<primary.count { emit(key(.form, primary[0..<length])) }
        }
      }
    }
  }

  /// Keys both sides generate alike.
  private static func sharedKeys(for unit: PreparedToken, emit: (UInt64) -> Void) {
    for form in unit.forms { emit(key(.form, form)) }
    for phonetic in unit.keys where phonetic.count >= 2 { emit(key(.key, phonetic)) }
    if unit.nameGroup != 0 { emit(key(.group, value: UInt64(unit.nameGroup))) }
    if !unit.isCode {
      for (form, phonetic) in zip(unit.forms.prefix(3), unit.keys.prefix(3)) {
        // The matcher's tolerance comes from the forms' lengths, for keys too.
        let k = typoDeletions(for: unit, length: form.count)
        if k > 0 {
          deletions(.deletion, form, upTo: k, emit: emit)
          deletions(.deletion, phonetic, upTo: k, emit: emit)
        }
      }
      for (phonetic, classKey) in zip(unit.keys.prefix(2), unit.classKeys) where phonetic.count >= 4 {
        deletions(.classKey, classKey, upTo: TokenComparer.classKeyEdits, emit: emit)
      }
    }
  }

  /// The key of a name that has nothing but numbers (`1`, `2 3`).
  static func numbersOnlyKey(_ numbers: [[UInt8]]) -> UInt64 {
    key(.numbersOnly, numbers.joined(separator: [0x20]))
  }
}
