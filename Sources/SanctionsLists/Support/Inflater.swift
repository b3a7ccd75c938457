import ZlibShim

/// Runs a ZlibShim stream decoder (raw DEFLATE or gzip) to its end, into a buffer that grows
/// as output actually arrives and never past what ``InflateLimit`` allows.
enum Inflater {
  enum Failure: Error {
    /// The output passed the limit; the text says which and how to raise it.
    case tooLarge(String)
    case truncated(produced: Int)
    case corrupt(produced: Int)
    case outOfMemory
  }

  /// Decodes everything `stream` yields. `compressed` is the input size (for a stated size);
  /// `expected` a size the file states, used as the first capacity only when the limit allows
  /// it (a stated size is never trusted further than that).
  static func inflate(
    _ stream: OpaquePointer, compressed: Int, expected: Int?, limit: InflateLimit
  ) throws(Failure) -> ByteBuffer {
    let chunk = 1 << 20
    var capacity = min(max(compressed * 4, 1 << 16), limit.maxBytes + 1)
    if let expected, expected > 0, limit.violation(produced: expected, compressed: compressed) == nil {
      capacity = expected + 1  // one more byte: a complete stream is seen to end without growing
    }
    var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    var produced = 0
    do throws(Failure) {
      while true {
        if produced == capacity {
          // Stop before growing when the output already exceeds the limit.
          if let reason = limit.violation(produced: produced, compressed: compressed) { throw .tooLarge(reason) }
          let grown = min(capacity * 2, max(limit.maxBytes + 1, capacity + 1))
          let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
          larger.moveInitialize(from: storage, count: produced)
          storage.deallocate()
          storage = larger
          capacity = grown
        }
        var written = 0
        var finished: Int32 = 0
        let status = zlibshim_gzip_read(
          stream, storage + produced, min(chunk, capacity - produced), &written, &finished)
        produced += written
        switch status {
        case Int32(ZLIBSHIM_OK): break
        case Int32(ZLIBSHIM_TRUNCATED): throw .truncated(produced: produced)
        case Int32(ZLIBSHIM_MEMORY_ERROR): throw .outOfMemory
        default: throw .corrupt(produced: produced)
        }
        // The ratio is checked against the input consumed so far, so a bomb is caught soon
        // after the ratio floor, not after inflating 200 times the whole file.
        let consumed = max(zlibshim_stream_consumed(stream), 1)
        if let reason = limit.violation(produced: produced, compressed: consumed) { throw .tooLarge(reason) }
        if finished != 0 { break }
      }
    } catch {
      storage.deallocate()
      throw error
    }
    // Give back a large unused tail (a stated size that was too small, or a guess).
    if capacity - produced > max(produced / 4, 1 << 16) {
      let exact = UnsafeMutablePointer<UInt8>.allocate(capacity: max(produced, 1))
      exact.moveInitialize(from: storage, count: produced)
      storage.deallocate()
      storage = exact
    }
    return ByteBuffer(adopting: storage, count: produced)
  }
}
