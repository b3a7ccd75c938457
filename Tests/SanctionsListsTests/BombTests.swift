import Glibc
import SanctionsSupport
import Testing
import ZlibShim

@testable import SanctionsLists

/// Decompression bombs, built by the tests themselves: each is refused with
/// ``ListError/inflatedTooLarge(path:member:limit:detail:)`` long before it could inflate in
/// full, and without allocating what its headers claim.
@Suite struct BombTests {
  /// Compresses bytes as a gzip file (`gzip: true`) or a raw DEFLATE stream.
  static func deflate(_ bytes: [UInt8], gzip: Bool) -> [UInt8] {
    var output = [UInt8](repeating: 0, count: bytes.count / 100 + 4096)
    var written = 0
    let status = bytes.withUnsafeBufferPointer { input in
      output.withUnsafeMutableBufferPointer { target in
        zlibshim_deflate(input.baseAddress!, input.count, target.baseAddress!, target.count, &written, gzip ? 1 : 0)
      }
    }
    precondition(status == Int32(ZLIBSHIM_OK), "deflate failed: \(status)")
    return Array(output[0..<written])
  }

  /// A zip archive of deflated members; `claimed` overrides a member's stated inflated size.
  static func zip(_ members: [(name: String, bytes: [UInt8], claimed: UInt32?)]) -> [UInt8] {
    func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func u32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * UInt32($0)) & 0xFF) } }
    var file: [UInt8] = []
    var directory: [UInt8] = []
    for member in members {
      let data = deflate(member.bytes, gzip: false)
      let crc = member.bytes.withUnsafeBufferPointer { zlibshim_crc32(0, $0.baseAddress!, $0.count) }
      let name = Array(member.name.utf8)
      let size = member.claimed ?? UInt32(member.bytes.count)
      let common: [UInt8] = u16(20) + u16(0) + u16(8) + u16(0) + u16(0) + u32(crc) + u32(UInt32(data.count)) + u32(size)
        + u16(name.count) + u16(0)
      let offset = UInt32(file.count)
      file += u32(0x0403_4B50) + common + name + data
      directory += u32(0x0201_4B50) + u16(20) + common + u16(0) + u16(0) + u16(0) + u32(0) + u32(offset) + name
    }
    let directoryOffset = UInt32(file.count)
    file += directory
    file += u32(0x0605_4B50) + u16(0) + u16(0) + u16(members.count) + u16(members.count)
      + u32(UInt32(directory.count)) + u32(directoryOffset) + u16(0)
    return file
  }

  static func write(_ bytes: [UInt8], to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot create \(path)")
    defer { close(fd) }
    precondition(bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, bytes.count) } == bytes.count)
  }

  static let workbook = Array(
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>\
    <sheet name="Bomb" sheetId="1"/></sheets></workbook>
    """.utf8)

  /// A worksheet that is mostly spaces between its tags: well-formed, and it compresses ~1000:1.
  static func sheet(padding: Int) -> [UInt8] {
    Array("<worksheet><sheetData>".utf8) + [UInt8](repeating: 0x20, count: padding)
      + Array("</sheetData></worksheet>".utf8)
  }

  @Test func gzipOfZerosStopsAtTheRatioLimit() {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = FileSystem.join(folder.path, "zeros.csv.gz")
    let bomb = Self.deflate([UInt8](repeating: 0, count: 48 << 20), gzip: true)
    #expect(bomb.count < 100_000)
    Self.write(bomb, to: path)
    guard case .inflatedTooLarge(let file, nil, _, let detail) = loadError([path]) else {
      Issue.record("expected inflatedTooLarge, got \(String(describing: loadError([path])))")
      return
    }
    #expect(file == path)
    #expect(detail.contains("decompression bomb"))
    // Stopped soon after the 8 MiB ratio floor (the ratio counts input consumed so far), not
    // after inflating 200 times the whole file.
    let produced = detail.split(separator: "(")[1].split(separator: " ")[0]
    #expect(Int(produced).map { $0 < 16 << 20 } == true, "\(detail)")
  }

  @Test func gzipPastTheByteLimitNamesTheLimitAndHowToRaiseIt() throws {
    let bomb = ByteBuffer(Self.deflate([UInt8](repeating: 0x41, count: 3 << 20), gzip: true))
    let limit = InflateLimit(maxBytes: 1 << 20)
    #expect(throws: ListError.self) { try Gzip.decompress(bomb, path: "big.csv.gz", limit: limit) }
    do {
      _ = try Gzip.decompress(bomb, path: "big.csv.gz", limit: limit)
    } catch {
      guard case .inflatedTooLarge("big.csv.gz", nil, 1 << 20, let detail) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(detail.contains("1048576 bytes"))
      #expect(detail.contains(InflateLimit.environmentVariable))
      #expect(error.description.hasPrefix("big.csv.gz: refused to decompress"))
    }
    // The same stream within a higher limit inflates in full.
    let whole = try Gzip.decompress(bomb, path: "big.csv.gz", limit: InflateLimit(maxBytes: 4 << 20))
    #expect(whole.count == 3 << 20)
  }

  @Test func zipMemberClaimingFourGigabytesIsRefusedBeforeAllocating() throws {
    let bytes = ByteBuffer(Self.zip([(name: "list.xml", bytes: Array("<a/>".utf8), claimed: 0xFFFF_FFF0)]))
    let archive = try ZipArchive(bytes, path: "claims.zip")
    #expect(throws: ListError.self) { try archive.extract(archive.members[0]) }
    do {
      _ = try archive.extract(archive.members[0])
    } catch {
      guard case .inflatedTooLarge("claims.zip", "list.xml", _, let detail) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(detail.hasPrefix("its header says"))
    }
  }

  @Test func zipMemberLargerThanItsClaimIsDamaged() throws {
    let bytes = ByteBuffer(Self.zip([(name: "list.xml", bytes: [UInt8](repeating: 0x20, count: 100_000), claimed: 10)]))
    let archive = try ZipArchive(bytes, path: "small-claim.zip")
    #expect(throws: ListError.self) { try archive.extract(archive.members[0]) }
  }

  @Test func xlsxSheetBeyondTheByteLimit() throws {
    let bytes = ByteBuffer(
      Self.zip([
        (name: "xl/workbook.xml", bytes: Self.workbook, claimed: nil),
        (name: "xl/worksheets/sheet1.xml", bytes: Self.sheet(padding: 3 << 20), claimed: nil),
      ]))
    // Within the default limit the sheet reads (it is small and compresses well but < 8 MiB).
    #expect(try XLSXSheet(archive: ZipArchive(bytes, path: "ok.xlsx")).rows.isEmpty)
    let archive = try ZipArchive(bytes, path: "bomb.xlsx", limit: InflateLimit(maxBytes: 1 << 20))
    #expect(throws: ListError.self) { try XLSXSheet(archive: archive) }
    do {
      _ = try XLSXSheet(archive: archive)
    } catch {
      guard case .inflatedTooLarge("bomb.xlsx", "xl/worksheets/sheet1.xml", 1 << 20, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
    }
  }

  @Test func xlsxSheetBombFailsFastThroughTheLoader() {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = FileSystem.join(folder.path, "bomb.xlsx")
    Self.write(
      Self.zip([
        (name: "xl/workbook.xml", bytes: Self.workbook, claimed: nil),
        (name: "xl/worksheets/sheet1.xml", bytes: Self.sheet(padding: 40 << 20), claimed: nil),
      ]), to: path)
    guard case .inflatedTooLarge(let file, let member, _, _) = loadError([path]) else {
      Issue.record("expected inflatedTooLarge, got \(String(describing: loadError([path])))")
      return
    }
    #expect(file == path)
    #expect(member == "xl/worksheets/sheet1.xml")
  }

  @Test func sizeSetting() {
    #expect(InflateLimit.parseSize("512M") == 512 << 20)
    #expect(InflateLimit.parseSize("2g") == 2 << 30)
    #expect(InflateLimit.parseSize("1000") == 1000)
    #expect(InflateLimit.parseSize("-5") == nil)
    #expect(InflateLimit.parseSize("lots") == nil)
  }
}
