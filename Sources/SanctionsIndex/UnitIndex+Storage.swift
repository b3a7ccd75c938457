import SanctionsMatching
package import SanctionsSupport

/// A unit index as bytes, for a saved index file.
///
/// Every array is written 8-byte aligned, so that a reader of a mapped file
/// uses it in place: only the distinct units are decoded (in parallel), and
/// nothing is done per name but checking it. Whatever the bytes say, reading
/// either gives an index whose every offset, unit and name number is in
/// range, or throws.
extension UnitIndex {
  /// Appends the index to `writer`.
  package func write(to writer: inout BinaryWriter) {
    var blob = BinaryWriter()
    var unitEnds: [UInt64] = []
    unitEnds.reserveCapacity(units.count)
    for unit in units {
      unit.write(to: &blob)
      unitEnds.append(UInt64(blob.bytes.count))
    }
    unitEnds.withUnsafeBufferPointer { writer.write(alignedArray: $0) }
    blob.bytes.withUnsafeBufferPointer { writer.write(alignedArray: $0) }
    writer.write(UInt32(bucketBits))
    writer.write(alignedArray: offsets.elements)
    writer.write(alignedArray: postings.elements)
    writer.write(alignedArray: occurrenceOffsets.elements)
    writer.write(alignedArray: occurrences.elements)
    writer.write(alignedArray: weightOffsets.elements)
    writer.write(alignedArray: tokenWeights.elements)
    writer.write(alignedArray: nameUnitOffsets.elements)
    writer.write(alignedArray: nameUnits.elements)
    writer.write(alignedArray: nameUnitTraits.elements)
    writer.write(alignedArray: namePartOffsets.elements)
    writer.write(alignedArray: nameParts.elements)
  }

  /// Reads an index written by ``write(to:)`` from memory that `owner`
  /// keeps alive and unchanged (a mapped file): the arrays stay where they are.
  ///
  /// - Throws: `BinaryFormatError` when the bytes are not a consistent index.
  package init(reading reader: inout BinaryReader, owner: AnyObject) throws(BinaryFormatError) {
    let unitEnds = try reader.readAlignedBuffer(of: UInt64.self)
    let blob = try reader.readAlignedBuffer(of: UInt8.self)
    let bucketBits = Int(try reader.read(UInt32.self))
    func buffer<T: FixedWidthInteger & Sendable>(_: T.Type) throws(BinaryFormatError) -> ElementBuffer<T> {
      ElementBuffer(borrowing: try reader.readAlignedBuffer(of: T.self), owner: owner)
    }
    let offsets = try buffer(UInt32.self)
    let postings = try buffer(UInt64.self)
    let occurrenceOffsets = try buffer(UInt32.self)
    let occurrences = try buffer(UInt64.self)
    let weightOffsets = try buffer(UInt32.self)
    let tokenWeights = try buffer(UInt32.self)
    let nameUnitOffsets = try buffer(UInt32.self)
    let nameUnits = try buffer(UInt32.self)
    let nameUnitTraits = try buffer(UInt64.self)
    let namePartOffsets = try buffer(UInt32.self)
    let nameParts = try buffer(UInt8.self)
    let unitCount = unitEnds.count
    let nameCount = weightOffsets.count - 1
    guard (1...30).contains(bucketBits), offsets.count == (1 << bucketBits) + 1, nameCount >= 0,
      nameUnitTraits.count == nameUnits.count
    else {
      throw BinaryFormatError(description: "index tables have wrong sizes")
    }
    try Self.checkRanges(offsets, covering: postings.count, "key buckets")
    try Self.checkRanges(occurrenceOffsets, count: unitCount + 1, covering: occurrences.count, "unit occurrences")
    try Self.checkRanges(weightOffsets, count: nameCount + 1, covering: tokenWeights.count, "token weights")
    try Self.checkRanges(nameUnitOffsets, count: nameCount + 1, covering: nameUnits.count, "name units")
    try Self.checkRanges(namePartOffsets, count: nameCount + 1, covering: nameParts.count, "name parts")
    guard postings.elements.allSatisfy({ $0 & 0xFFFF_FFFF < unitCount }),
      nameUnits.elements.allSatisfy({ Int($0) < unitCount })
    else {
      throw BinaryFormatError(description: "a unit number out of range")
    }
    let numbersOnly = try Self.checkNames(
      nameUnitOffsets: nameUnitOffsets, weightOffsets: weightOffsets, namePartOffsets: namePartOffsets,
      nameParts: nameParts)
    try Self.checkOccurrences(occurrences, nameUnitOffsets: nameUnitOffsets)
    self.init(
      units: try Self.decodeUnits(ends: unitEnds, blob: blob), bucketBits: bucketBits, offsets: offsets,
      postings: postings, occurrenceOffsets: occurrenceOffsets, occurrences: occurrences,
      weightOffsets: weightOffsets, tokenWeights: tokenWeights, nameUnitOffsets: nameUnitOffsets,
      nameUnits: nameUnits, nameUnitTraits: nameUnitTraits, namePartOffsets: namePartOffsets, nameParts: nameParts, numbersOnly: numbersOnly)
  }

  /// Checks that `offsets` (of `count` entries, when given) start at 0,
  /// never decrease and end at `total`.
  private static func checkRanges(
    _ offsets: ElementBuffer<UInt32>, count: Int? = nil, covering total: Int, _ what: String
  ) throws(BinaryFormatError) {
    var previous: UInt32 = 0
    var ordered = offsets.count > 0 && offsets[0] == 0
    for offset in offsets.elements {
      if offset < previous { ordered = false }
      previous = offset
    }
    guard ordered, count.map({ $0 == offsets.count }) ?? true, Int(previous) == total else {
      throw BinaryFormatError(description: "\(what): offsets out of order or out of range")
    }
  }

  /// Checks every name (at most ``PreparedName/maximumUnits`` units, as many
  /// token weights as real tokens, readable parts) and returns the names of
  /// numbers only, by their numbers key.
  private static func checkNames(
    nameUnitOffsets: ElementBuffer<UInt32>, weightOffsets: ElementBuffer<UInt32>,
    namePartOffsets: ElementBuffer<UInt32>, nameParts: ElementBuffer<UInt8>
  ) throws(BinaryFormatError) -> [UInt64: [UInt32]] {
    var numbersOnly: [UInt64: [UInt32]] = [:]
    let bytes = UnsafeRawBufferPointer(nameParts.elements)
    for name in 0..<(weightOffsets.count - 1) {
      let unitCount = Int(nameUnitOffsets[name + 1] - nameUnitOffsets[name])
      var reader = BinaryReader(
        UnsafeRawBufferPointer(rebasing: bytes[Int(namePartOffsets[name])..<Int(namePartOffsets[name + 1])]))
      let parts = try PreparedNameParts(reading: &reader)
      guard reader.remaining == 0, unitCount <= PreparedName.maximumUnits, parts.tokenCount <= unitCount,
        Int(weightOffsets[name + 1] - weightOffsets[name]) == parts.tokenCount
      else {
        throw BinaryFormatError(description: "name \(name) is inconsistent")
      }
      if parts.tokenCount == 0, !parts.numbers.isEmpty {
        numbersOnly[FilterKey.numbersOnly(parts.numbers), default: []].append(UInt32(name))
      }
    }
    return numbersOnly
  }

  /// Checks that every occurrence names a name and a position among its units.
  private static func checkOccurrences(
    _ occurrences: ElementBuffer<UInt64>, nameUnitOffsets: ElementBuffer<UInt32>
  ) throws(BinaryFormatError) {
    let nameCount = nameUnitOffsets.count - 1
    for occurrence in occurrences.elements {
      let name = Int(occurrence >> 32)
      let position = Int((occurrence >> 16) & 0xFFFF)
      guard name < nameCount, position < Int(nameUnitOffsets[name + 1] - nameUnitOffsets[name]) else {
        throw BinaryFormatError(description: "an occurrence out of range")
      }
    }
  }

  /// The distinct units, decoded in parallel (`ends[u]` is where unit `u`'s
  /// bytes end in `blob`).
  private static func decodeUnits(
    ends: UnsafeBufferPointer<UInt64>, blob: UnsafeBufferPointer<UInt8>
  ) throws(BinaryFormatError) -> [PreparedToken] {
    let count = ends.count
    // Read-only while the units are decoded.
    nonisolated(unsafe) let ends = ends
    nonisolated(unsafe) let bytes = UnsafeRawBufferPointer(blob)
    guard ends.last.map({ $0 == UInt64(blob.count) }) ?? blob.isEmpty else {
      throw BinaryFormatError(description: "units: sizes do not add up")
    }
    nonisolated(unsafe) var failure: BinaryFormatError?
    let failed = AtomicFlag()
    let units = [PreparedToken](unsafeUninitializedCapacity: count) { buffer, initialized in
      nonisolated(unsafe) let slots = buffer
      ParallelLoop.forEach(count: count) { unit in
        // Every end is at most the last, which is the blob's size.
        let start = unit == 0 ? 0 : Int(truncatingIfNeeded: min(ends[unit - 1], UInt64(bytes.count)))
        let end = Int(truncatingIfNeeded: min(ends[unit], UInt64(bytes.count)))
        var token = PreparedToken.placeholder
        if start <= end, end <= bytes.count {
          var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
          do throws(BinaryFormatError) {
            token = try PreparedToken(reading: &reader)
            if reader.remaining != 0 { throw BinaryFormatError(description: "unit \(unit) has trailing bytes") }
          } catch {
            if failed.set() { failure = error }
          }
        } else if failed.set() {
          failure = BinaryFormatError(description: "unit \(unit) is out of range")
        }
        (slots.baseAddress! + unit).initialize(to: token)
      }
      initialized = count
    }
    if let failure { throw failure }
    return units
  }
}
