import ICUShim
import Synchronization

/// An open ICU transliterator; closed when the last reference goes away.
final class TransliteratorHandle: @unchecked Sendable {
  // Safety: a handle is used by one thread at a time; the pool hands it out
  // exclusively and takes it back afterwards.
  let pointer: UnsafeMutableRawPointer

  init(pointer: UnsafeMutableRawPointer) { self.pointer = pointer }
  deinit { sanctions_icu_transliterator_close(pointer) }
}

/// Shares ICU transliterators between threads.
///
/// Opening a transform costs about 1.5 ms, so each ID is opened once (lazily)
/// as a prototype; threads borrow clones (about 1 µs each to make) and return
/// them, so no two threads ever use the same ICU object at once.
final class TransliteratorPool: Sendable {
  static let shared = TransliteratorPool()

  private struct Slot {
    var prototype: TransliteratorHandle
    var idle: [TransliteratorHandle]
  }

  private let slots = Mutex<[String: Slot]>([:])

  /// Runs `text` through the transform `id` and returns the result.
  func transliterate(_ text: [UInt16], id: String) throws(ICUError) -> [UInt16] {
    let handle = try checkOut(id)
    defer { checkIn(handle, id: id) }
    var capacity = max(text.count * 4, 64)
    for _ in 0..<3 {
      var status: Int32 = 0
      var length: Int32 = 0
      let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
        let base = buffer.baseAddress!
        text.withUnsafeBufferPointer { source in
          base.update(from: source.baseAddress!, count: source.count)
        }
        length = sanctions_icu_transliterate(
          handle.pointer, base, Int32(text.count), Int32(capacity), &status)
        count = status <= 0 ? Int(length) : 0
      }
      if status <= 0 { return result }
      guard status == SANCTIONS_ICU_BUFFER_OVERFLOW else {
        throw ICUError("transliteration '\(id)'", status: status)
      }
      capacity = max(Int(length), capacity) * 2
    }
    throw ICUError("transliteration '\(id)'", status: SANCTIONS_ICU_BUFFER_OVERFLOW)
  }

  private func checkOut(_ id: String) throws(ICUError) -> TransliteratorHandle {
    let result: Result<TransliteratorHandle, ICUError> = slots.withLock { slots in
      if var slot = slots[id] {
        if let handle = slot.idle.popLast() {
          slots[id] = slot
          return .success(handle)
        }
        var status: Int32 = 0
        guard let clone = sanctions_icu_transliterator_clone(slot.prototype.pointer, &status) else {
          return .failure(ICUError("cloning transliterator '\(id)'", status: status))
        }
        slot.idle.reserveCapacity(4)
        slots[id] = slot
        return .success(TransliteratorHandle(pointer: clone))
      }
      var status: Int32 = 0
      let units = Array(id.utf16)
      guard
        let opened = units.withUnsafeBufferPointer({
          sanctions_icu_transliterator_open($0.baseAddress, Int32($0.count), &status)
        })
      else {
        return .failure(ICUError("opening transliterator '\(id)'", status: status))
      }
      let prototype = TransliteratorHandle(pointer: opened)
      var cloneStatus: Int32 = 0
      guard let clone = sanctions_icu_transliterator_clone(opened, &cloneStatus) else {
        return .failure(ICUError("cloning transliterator '\(id)'", status: cloneStatus))
      }
      slots[id] = Slot(prototype: prototype, idle: [])
      return .success(TransliteratorHandle(pointer: clone))
    }
    return try result.get()
  }

  private func checkIn(_ handle: TransliteratorHandle, id: String) {
    slots.withLock { slots in
      slots[id]?.idle.append(handle)
    }
  }
}

/// The UTS #39 confusable skeleton service (thread-safe once opened).
final class ConfusableSkeletons: @unchecked Sendable {
  // Safety: ICU spoof checkers are immutable after opening and documented as
  // safe for concurrent skeleton computation.
  static let shared = ConfusableSkeletons()

  private let checker: UnsafeMutableRawPointer?

  private init() {
    var status: Int32 = 0
    checker = sanctions_icu_spoof_open(&status)
  }

  deinit { sanctions_icu_spoof_close(checker) }

  /// The skeleton of one scalar as lowercase ASCII letters, or nil when the
  /// scalar does not look like a Latin letter sequence.
  func latinLookAlike(of scalar: Unicode.Scalar) -> String? {
    guard let checker else { return nil }
    let units = Array(String(Character(scalar)).utf16)
    let skeleton: [UInt16]
    do {
      skeleton = try units.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
        try withGrowingBuffer(initialCapacity: 16, operation: "confusable skeleton") {
          sanctions_icu_spoof_skeleton(checker, source.baseAddress, Int32(source.count), $0, $1, &$2)
        }
      }
    } catch {
      return nil
    }
    guard !skeleton.isEmpty, skeleton.count <= 2 else { return nil }
    var result = ""
    for unit in skeleton {
      switch unit {
      case 0x61...0x7A: result.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
      case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(UInt8(unit + 0x20)))
      default: return nil
      }
    }
    return result
  }
}
