#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's identity: its device and inode. Two paths with one identity are one file (a
/// symbolic or hard link), which is how a walk recognises a folder it has already entered.
package struct FileID: Hashable, Sendable {
  package let device: UInt64
  package let inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
