/// A hash table from filter keys to postings, stored as one sorted array:
/// keys are hashed into `1 << bits` buckets, and a bucket's postings are the
/// union of its keys' postings, each tagged with a 16-bit fingerprint of its
/// key (bits 48–63) so that keys sharing a bucket rarely mix. Collisions only
/// add postings, which the caller's exact comparison rejects.
struct HashedPostings {
  private var buckets: [UInt32] = []
  private var entries: [UInt64] = []

  /// Files `value` (below 2^48) under `key`.
  @inline(__always)
  mutating func add(_ key: UInt64, _ value: UInt64) {
    let mixed = Self.mix(key)
    buckets.append(UInt32(truncatingIfNeeded: mixed >> 32))
    entries.append((mixed & 0xFFFF) << 48 | value)
  }

  /// Adds every entry of `other`.
  mutating func append(_ other: HashedPostings) {
    buckets += other.buckets
    entries += other.entries
  }

  /// The bucket count (as bits), bucket offsets and postings: every bucket
  /// sorted, without repetitions (unless the caller added none and asks
  /// for no `deduplicate` pass). About one bucket per four entries, between
  /// 2^12 and 2^24 buckets.
  consuming func build(deduplicate: Bool = true) -> (bits: Int, offsets: [UInt32], postings: [UInt64]) {
    var bits = 12
    while bits < 24, (1 << bits) < entries.count / 4 { bits += 1 }
    let shift = UInt32(32 - bits)
    // Counting sort by bucket.
    var counts = [UInt32](repeating: 0, count: (1 << bits) + 1)
    for bucket in buckets { counts[Int(bucket >> shift) + 1] += 1 }
    for bucket in 1..<counts.count { counts[bucket] += counts[bucket - 1] }
    var placed = [UInt64](repeating: 0, count: entries.count)
    var cursor = counts
    for (bucketHash, entry) in zip(buckets, entries) {
      let bucket = Int(bucketHash >> shift)
      placed[Int(cursor[bucket])] = entry
      cursor[bucket] += 1
    }
    entries = []
    buckets = []
    var offsets = [UInt32](repeating: 0, count: (1 << bits) + 1)
    var write = 0
    for bucket in 0..<(1 << bits) {
      let start = Int(counts[bucket])
      let end = Int(counts[bucket + 1])
      offsets[bucket] = UInt32(write)
      guard start < end else { continue }
      guard deduplicate else {
        // The caller added no repetitions: move the bucket down as it is.
        for read in start..<end {
          placed[write] = placed[read]
          write += 1
        }
        continue
      }
      placed[start..<end].sort()
      var last: UInt64 = .max
      for read in start..<end where placed[read] != last {
        last = placed[read]
        placed[write] = last
        write += 1
      }
    }
    offsets[1 << bits] = UInt32(write)
    placed.removeSubrange(write...)
    return (bits, offsets, placed)
  }

  /// A final avalanche so that the bucket (the top bits) uses the whole key.
  @inline(__always)
  static func mix(_ key: UInt64) -> UInt64 {
    var x = key
    x ^= x >> 33
    x &*= 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x &*= 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }
}
