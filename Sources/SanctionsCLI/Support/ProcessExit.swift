#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Ends the process at once with a status, without tearing down the large
/// in-memory list and index structures first (freeing hundreds of thousands
/// of objects one by one takes a noticeable share of a short run). Call it
/// only after all output has been flushed.
enum ProcessExit {
  static func now(_ status: Int32) -> Never {
    exit(status)
  }
}
