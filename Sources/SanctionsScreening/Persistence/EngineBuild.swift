import SanctionsSupport

/// The identity of this build of the engine, independent of where its
/// binary lies and when it was copied: a standalone index file records it and
/// is read only by the same build (another build may prepare names or keys
/// differently).
///
/// It is the GNU build ID that the linker writes into the executable (a hash
/// of its contents, `readelf -n`); for an executable without one, the SHA-256
/// of the executable file.
public enum EngineBuild {
  /// `gnu:<hex>` or `sha256:<hex>`; `unknown` when the executable cannot be read.
  public static let id: String = {
    if let buildID = gnuBuildID(ofELF: FileSystem.contentsOfSmallFile(executable, limit: headerBytes) ?? []) {
      return "gnu:" + buildID
    }
    if let digest = try? SHA256.hash(file: executable).digest.hexadecimal { return "sha256:" + digest }
    return "unknown"
  }()

  private static let executable = "/proc/self/exe"
  /// The notes sit right after the program headers, within the first pages.
  private static let headerBytes = 1 << 16

  /// The GNU build ID note of a 64-bit little-endian ELF image's first bytes,
  /// in hexadecimal; nil when there is none (every offset is bounds-checked).
  static func gnuBuildID(ofELF bytes: [UInt8]) -> String? {
    guard bytes.count >= 64, bytes[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), bytes[4] == 2, bytes[5] == 1 else {
      return nil
    }
    func number(_ offset: Int, _ width: Int) -> Int? {
      guard offset >= 0, width <= 8, offset + width <= bytes.count else { return nil }
      var value: UInt64 = 0
      for index in (0..<width).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
      return value > UInt64(Int.max) ? nil : Int(value)
    }
    let programNote = 4
    guard let headers = number(32, 8), let entrySize = number(54, 2), let count = number(56, 2), entrySize >= 56 else {
      return nil
    }
    for header in 0..<count {
      let base = headers + header * entrySize
      guard let type = number(base, 4), type == programNote,
        let offset = number(base + 8, 8), let size = number(base + 32, 8)
      else { continue }
      if let id = buildID(inNotes: offset..<(offset + min(size, 1 << 12)), number: number) { return id }
    }
    return nil
  }

  /// Walks the notes in `range`: `namesz`, `descsz`, `type`, then the name and
  /// the description, each padded to 4 bytes; the build ID is type 3, name "GNU".
  private static func buildID(inNotes range: Range<Int>, number: (Int, Int) -> Int?) -> String? {
    let gnuBuildIDType = 3
    var position = range.lowerBound
    while position + 12 <= range.upperBound {
      guard let nameSize = number(position, 4), let descriptionSize = number(position + 4, 4),
        let type = number(position + 8, 4)
      else { return nil }
      let name = position + 12
      let description = name + (nameSize + 3) / 4 * 4
      let next = description + (descriptionSize + 3) / 4 * 4
      guard next <= range.upperBound else { return nil }
      if type == gnuBuildIDType, nameSize == 4, descriptionSize > 0,
        (0..<4).allSatisfy({ number(name + $0, 1) == [0x47, 0x4E, 0x55, 0][$0] })
      {
        var hex = ""
        for index in description..<(description + descriptionSize) {
          guard let byte = number(index, 1) else { return nil }
          hex += (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
        return hex
      }
      position = next
    }
    return nil
  }
}
