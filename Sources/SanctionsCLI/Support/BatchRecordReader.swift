#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import SanctionsSupport

/// One record of a batch: a line, or a CSV record (which may span lines).
struct BatchRecord: Sendable {
  var bytes: ArraySlice<UInt8>
  /// The 1-based line the record starts on.
  var line: Int
}

/// Reads a batch's records from standard input or a file: one per line, or
/// one per CSV record (a quoted field may hold line breaks). Blank lines are
/// skipped (their numbers still count), unless ``keepsBlankLines`` (`screen
/// --strict-lines`): then they are records too, so that every input line is
/// answered.
struct BatchRecordReader: ~Copyable {
  enum Framing { case lines, csvRecords }

  private var lines: LineReader
  private let framing: Framing
  /// Blank (or whitespace-only) lines are records, not skipped.
  var keepsBlankLines = false
  /// What is read, for messages: "standard input" or the file's path.
  let sourceName: String
  /// The input's size when it is a regular file (for a progress ETA).
  let totalBytes: Int?
  private let fd: Int32
  /// A record read ahead and given back (see ``pushBack(_:)``).
  private var pushedBack: BatchRecord? = nil

  /// Reads standard input.
  init(framing: Framing) {
    self.init(fd: 0, name: "standard input", framing: framing)
  }

  /// Reads the file at `path`.
  init(path: String, framing: Framing) throws(InputFileError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw InputFileError(path: path, reason: FileSystem.describe(errno: errno)) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw InputFileError(path: path, reason: "is a folder, not a file")
    }
    self.init(fd: fd, name: path, framing: framing)
  }

  private init(fd: Int32, name: String, framing: Framing) {
    self.fd = fd
    self.lines = LineReader(fd: fd)
    self.framing = framing
    self.sourceName = name
    var info = stat()
    totalBytes = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
  }

  deinit { if fd > 0 { close(fd) } }

  /// Bytes read so far.
  var bytesRead: Int { lines.bytesRead }

  /// The next record, or nil at the end of the input.
  mutating func next() throws(LineReaderError) -> BatchRecord? {
    if let record = pushedBack {
      pushedBack = nil
      return record
    }
    do throws(LineReaderError) {
      while let line = try lines.next() {
        if !keepsBlankLines, line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        let start = lines.lineNumber
        guard framing == .csvRecords, CSVScanner.leavesQuoteOpen(line, open: false) else {
          return BatchRecord(bytes: line, line: start)
        }
        // A quoted field goes on: join lines until the quotes balance (or the input ends).
        var record = Array(line)
        var open = true
        while open, let more = try lines.next() {
          record.append(0x0A)
          record.append(contentsOf: more)
          open = CSVScanner.leavesQuoteOpen(more, open: open)
        }
        return BatchRecord(bytes: record[...], line: start)
      }
      return nil
    } catch {
      var error = error
      error.source = sourceName
      throw error
    }
  }
}

extension BatchRecordReader {
  /// Gives back a record just read, so that ``next()`` returns it again.
  mutating func pushBack(_ record: BatchRecord) {
    precondition(pushedBack == nil, "one record may be pushed back at a time")
    pushedBack = record
  }
}

/// A batch input file that cannot be opened.
struct InputFileError: Error, CustomStringConvertible {
  let path: String
  let reason: String
  var description: String { "cannot read \(path): \(reason)" }
}
