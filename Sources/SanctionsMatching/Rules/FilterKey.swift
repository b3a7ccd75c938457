/// Filter keys: hashed signatures of name units that matcher rules declare
/// as necessary conditions of agreement, so that an index can find every
/// list unit a query unit could agree with.
///
/// A key is 64 bits: the ``Tag`` in the top byte, and a 56-bit FNV-1a hash
/// of the bytes it signs (or a small value) below. Tags keep keys of
/// different rules apart; two rules may share a key (the identical-forms
/// rule and the truncation rule both file a unit under its primary form).
package enum FilterKey {
  /// What a key signs. Raw values are part of the persisted index's format.
  enum Tag: UInt64, Sendable {
    case form = 1, key, group, deletion, classKey, firstLetter, initialLetter, prefix,
      numbersOnly, abjadTranscription, latinTranscription, abjadTranscriptionMismatch, latinTranscriptionMismatch,
      soundLatin, soundForeign
  }

  /// The key of `tag` over `bytes`.
  @inline(__always)
  static func make(_ tag: Tag, _ bytes: some Sequence<UInt8>) -> UInt64 {
    make(tag, hash: hash(bytes))
  }

  /// The 56-bit hash of `bytes` (FNV-1a) that a key carries below its tag.
  @inline(__always)
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return hash & 0x00FF_FFFF_FFFF_FFFF
  }

  /// The key of `tag` with a hash made by ``hash(_:)``.
  @inline(__always)
  static func make(_ tag: Tag, hash: UInt64) -> UInt64 {
    (tag.rawValue << 56) | hash
  }

  /// The key of `tag` over a small value (a letter, a group number).
  @inline(__always)
  static func make(_ tag: Tag, value: UInt64) -> UInt64 {
    (tag.rawValue << 56) | (value & 0x00FF_FFFF_FFFF_FFFF)
  }

  /// The key of a name that has nothing but numbers (`1`, `2 3`): such names
  /// agree only with the same numbers.
  package static func numbersOnly(_ numbers: [[UInt8]]) -> UInt64 {
    make(.numbersOnly, numbers.joined(separator: [0x20]))
  }

  /// All deletion variants of `bytes` of at least two symbols with up to `k`
  /// deletions (including `bytes` itself), as keys. Every rule that uses them
  /// requires the longer string to keep two symbols beyond the edits, so two
  /// strings it accepts always share such a variant.
  ///
  /// - Complexity: O(n^k) keys for a string of n symbols.
  static func deletions(_ tag: Tag, _ bytes: [UInt8], upTo k: Int, emit: (UInt64) -> Void) {
    guard bytes.count >= 2 else { return }
    emit(make(tag, bytes))
    guard k > 0 else { return }
    var buffer = bytes
    func recurse(_ current: [UInt8], from start: Int, remaining: Int) {
      for index in start..<current.count {
        if index > start, current[index] == current[index - 1] { continue }  // same variant
        buffer = current
        buffer.remove(at: index)
        guard buffer.count >= 2 else { continue }
        emit(make(tag, buffer))
        if remaining > 1 { recurse(buffer, from: index, remaining: remaining - 1) }
      }
    }
    recurse(bytes, from: 0, remaining: k)
  }

  /// Deletion variants that keep the first symbol (for rules that require
  /// the first symbols to agree): the string, then every variant of the rest
  /// with up to `k` deletions, at least two symbols in all.
  static func anchoredDeletions(_ tag: Tag, _ bytes: [UInt8], upTo k: Int, emit: (UInt64) -> Void) {
    guard bytes.count >= 2 else { return }
    let first = bytes[0]
    let rest = Array(bytes.dropFirst())
    emit(make(tag, bytes))
    guard k > 0 else { return }
    var buffer: [UInt8] = []
    func recurse(_ current: [UInt8], from start: Int, remaining: Int) {
      for index in start..<current.count {
        if index > start, current[index] == current[index - 1] { continue }
        buffer = current
        buffer.remove(at: index)
        guard !buffer.isEmpty else { continue }
        emit(make(tag, [first] + buffer))
        if remaining > 1 { recurse(buffer, from: index, remaining: remaining - 1) }
      }
    }
    recurse(rest, from: 0, remaining: k)
  }
}
