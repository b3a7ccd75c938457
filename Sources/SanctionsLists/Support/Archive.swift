import ZlibShim

/// Reading zip archives (the central directory; stored and deflated members) and gzip files.
struct ZipArchive {
  struct Member {
    let name: String
    let method: UInt16
    let compressedSize: Int
    let uncompressedSize: Int
    let crc: UInt32
    let localHeaderOffset: Int
  }

  let data: ByteBuffer
  let path: String
  let members: [Member]

  static func looksLikeZip(_ data: ByteBuffer) -> Bool {
    data.hasPrefix([0x50, 0x4B, 0x03, 0x04]) || data.hasPrefix([0x50, 0x4B, 0x05, 0x06])
  }

  init(_ data: ByteBuffer, path: String) throws(ListError) {
    self.data = data
    self.path = path
    func fail(_ detail: String) -> ListError { .badArchive(path: path, member: nil, detail: detail) }
    let count = data.count
    guard count >= 22 else { throw fail("too short to be a zip archive (\(count) bytes)") }
    // Find the end-of-central-directory record (it may be followed by a comment).
    var eocd = -1
    var index = count - 22
    let lowest = max(0, count - 22 - 65_535)
    while index >= lowest {
      if data[index] == 0x50, data[index + 1] == 0x4B, data[index + 2] == 0x05, data[index + 3] == 0x06 {
        eocd = index
        break
      }
      index -= 1
    }
    guard eocd >= 0 else {
      throw fail("no end-of-central-directory record (truncated download?)")
    }
    let entries = Int(Self.u16(data, eocd + 10))
    let directorySize = Int(Self.u32(data, eocd + 12))
    let directoryOffset = Int(Self.u32(data, eocd + 16))
    if entries == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
      throw fail("zip64 archives are not supported")
    }
    guard directoryOffset + directorySize <= eocd else {
      throw fail("central directory lies outside the file (truncated download?)")
    }
    var members: [Member] = []
    var cursor = directoryOffset
    for number in 0..<entries {
      guard cursor + 46 <= count, Self.u32(data, cursor) == 0x0201_4B50 else {
        throw fail("central directory entry \(number + 1) is damaged")
      }
      let method = Self.u16(data, cursor + 10)
      let crc = Self.u32(data, cursor + 16)
      let compressed = Int(Self.u32(data, cursor + 20))
      let uncompressed = Int(Self.u32(data, cursor + 24))
      let nameLength = Int(Self.u16(data, cursor + 28))
      let extraLength = Int(Self.u16(data, cursor + 30))
      let commentLength = Int(Self.u16(data, cursor + 32))
      let localOffset = Int(Self.u32(data, cursor + 42))
      guard cursor + 46 + nameLength <= count else {
        throw fail("central directory entry \(number + 1) is damaged")
      }
      let name = data.string(cursor + 46..<cursor + 46 + nameLength)
      members.append(
        Member(
          name: name, method: method, compressedSize: compressed, uncompressedSize: uncompressed,
          crc: crc, localHeaderOffset: localOffset))
      cursor += 46 + nameLength + extraLength + commentLength
    }
    self.members = members
  }

  func member(named name: String) -> Member? {
    members.first { $0.name == name } ?? members.first { $0.name.asciiLowercased == name.asciiLowercased }
  }

  /// Extracts a member, checking its CRC.
  func extract(_ member: Member) throws(ListError) -> ByteBuffer {
    func fail(_ detail: String) -> ListError {
      .badArchive(path: path, member: member.name, detail: detail)
    }
    let header = member.localHeaderOffset
    guard header + 30 <= data.count, Self.u32(data, header) == 0x0403_4B50 else {
      throw fail("local header missing")
    }
    let nameLength = Int(Self.u16(data, header + 26))
    let extraLength = Int(Self.u16(data, header + 28))
    let start = header + 30 + nameLength + extraLength
    guard start + member.compressedSize <= data.count else {
      throw fail("member data runs past the end of the file (truncated download?)")
    }
    let input = data.base + start
    let output: ByteBuffer
    switch member.method {
    case 0:
      guard member.compressedSize == member.uncompressedSize else { throw fail("stored size mismatch") }
      output = ByteBuffer(capacity: member.uncompressedSize) { target in
        target.baseAddress!.update(from: input, count: member.uncompressedSize)
        return member.uncompressedSize
      }
    case 8:
      guard member.uncompressedSize <= Deflate.maximumOutput(fromCompressed: member.compressedSize) else {
        throw fail("recorded size \(member.uncompressedSize) is more than deflate can produce from \(member.compressedSize) bytes")
      }
      output = try ByteBuffer(capacity: member.uncompressedSize) { (target) throws(ListError) -> Int in
        var written = 0
        var consumed = 0
        let status = zlibshim_inflate_raw(
          input, member.compressedSize, target.baseAddress!, member.uncompressedSize, &written,
          &consumed)
        switch status {
        case Int32(ZLIBSHIM_OK): break
        case Int32(ZLIBSHIM_TRUNCATED): throw fail("deflate data ends early (truncated)")
        case Int32(ZLIBSHIM_OUTPUT_FULL): throw fail("member is larger than its recorded size")
        case Int32(ZLIBSHIM_MEMORY_ERROR): throw fail("out of memory while inflating")
        default: throw fail("corrupt deflate data")
        }
        guard written == member.uncompressedSize else {
          throw fail("inflated to \(written) bytes, expected \(member.uncompressedSize)")
        }
        return written
      }
    default:
      throw fail("unsupported compression method \(member.method)")
    }
    let crc = zlibshim_crc32(0, output.base, output.count)
    guard crc == member.crc else { throw fail("CRC mismatch (damaged download)") }
    return output
  }

  static func u16(_ data: ByteBuffer, _ offset: Int) -> UInt16 {
    UInt16(data[offset]) | UInt16(data[offset + 1]) << 8
  }

  static func u32(_ data: ByteBuffer, _ offset: Int) -> UInt32 {
    UInt32(data[offset]) | UInt32(data[offset + 1]) << 8 | UInt32(data[offset + 2]) << 16
      | UInt32(data[offset + 3]) << 24
  }
}

enum Deflate {
  /// The most bytes deflate data of `count` bytes can inflate to: deflate's best ratio is
  /// 1032:1 (a run of 258-byte matches coded in about 2 bits each), plus slack for headers.
  /// Sizes stated beyond it come from damaged or hostile headers and are not allocated.
  static func maximumOutput(fromCompressed count: Int) -> Int {
    let (product, overflow) = count.multipliedReportingOverflow(by: 1032)
    return overflow ? Int.max : product + 1024
  }
}

enum Gzip {
  static func looksLikeGzip(_ data: ByteBuffer) -> Bool { data.hasPrefix([0x1F, 0x8B]) }

  /// Decompresses a whole gzip file.
  static func decompress(_ data: ByteBuffer, path: String) throws(ListError) -> ByteBuffer {
    guard let stream = zlibshim_gzip_create(data.base, data.count) else {
      throw .badCompression(path: path, detail: "out of memory")
    }
    defer { zlibshim_gzip_destroy(stream) }
    // The gzip trailer states the size modulo 2^32: a good first guess, unless more than
    // deflate can produce from this input (a damaged trailer must not reserve gigabytes).
    var capacity = data.count * 4
    if data.count >= 18 {
      let stated = Int(ZipArchive.u32(data, data.count - 4))
      if stated > 0 { capacity = min(stated, Deflate.maximumOutput(fromCompressed: data.count)) }
    }
    // Decompress straight into the final buffer, one 1 MiB window at a time (the same reads,
    // and so the same error messages, as the chunked path below), while the stated size holds.
    let chunkSize = 1 << 20
    var produced = 0
    var complete = false
    var failure: ListError? = nil
    let direct = ByteBuffer(capacity: capacity + chunkSize) { target -> Int in
      while produced + chunkSize <= target.count {
        var written = 0
        var finished: Int32 = 0
        let status = zlibshim_gzip_read(stream, target.baseAddress! + produced, chunkSize, &written, &finished)
        if status == Int32(ZLIBSHIM_TRUNCATED) {
          failure = .badCompression(path: path, detail: "the stream ends early (truncated download)")
          return produced
        }
        if status != Int32(ZLIBSHIM_OK) {
          failure = .badCompression(
            path: path, detail: "corrupt deflate data after \(produced) decompressed bytes")
          return produced
        }
        produced += written
        if finished != 0 {
          complete = true
          return produced
        }
      }
      return produced
    }
    if let failure { throw failure }
    if complete { return direct }
    // Larger than stated: go on in chunks after what is already there.
    var output = [UInt8]()
    output.reserveCapacity(capacity * 2)
    output.append(contentsOf: direct.buffer)
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      var written = 0
      var finished: Int32 = 0
      let status = chunk.withUnsafeMutableBufferPointer { buffer in
        zlibshim_gzip_read(stream, buffer.baseAddress!, buffer.count, &written, &finished)
      }
      if status == Int32(ZLIBSHIM_TRUNCATED) {
        throw .badCompression(path: path, detail: "the stream ends early (truncated download)")
      }
      if status != Int32(ZLIBSHIM_OK) {
        throw .badCompression(
          path: path, detail: "corrupt deflate data after \(output.count) decompressed bytes")
      }
      output.append(contentsOf: chunk[0..<written])
      if finished != 0 { break }
    }
    return ByteBuffer(output)
  }
}
