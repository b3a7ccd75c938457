#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Facts about the running process, without Foundation.
public enum ProcessInfoLite {
  /// The number of processors this process may use: the online processors,
  /// limited by its CPU affinity mask (`taskset`, container cpusets) and by
  /// a cgroup CPU quota (`docker --cpus`), at least 1.
  public static let activeProcessorCount: Int = {
    var count = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    if let allowed = affinityCount() { count = min(count, allowed) }
    if let quota = cgroupQuota() { count = min(count, quota) }
    return max(1, count)
  }()

  /// Processors in the affinity mask (`Cpus_allowed` in `/proc/self/status`:
  /// comma-separated groups of hex digits).
  static func affinityCount() -> Int? {
    guard let status = FileSystem.contentsOfSmallFile("/proc/self/status") else { return nil }
    for line in status.split(separator: 0x0A) {
      let prefix = Array("Cpus_allowed:".utf8)
      guard line.starts(with: prefix) else { continue }
      var count = 0
      for byte in line.dropFirst(prefix.count) {
        switch byte {
        case 0x30...0x39: count += Int(byte - 0x30).nonzeroBitCount
        case 0x61...0x66: count += Int(byte - 0x61 + 10).nonzeroBitCount
        case 0x41...0x46: count += Int(byte - 0x41 + 10).nonzeroBitCount
        default: continue
        }
      }
      return count > 0 ? count : nil
    }
    return nil
  }

  /// Whole processors of the cgroup CPU quota, rounded up: cgroup v2
  /// `cpu.max` ("quota period" or "max period"), else cgroup v1
  /// `cpu.cfs_quota_us` / `cpu.cfs_period_us`; nil without a quota.
  static func cgroupQuota() -> Int? {
    func numbers(_ path: String) -> [Int]? {
      guard let bytes = FileSystem.contentsOfSmallFile(path) else { return nil }
      let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
      let values = fields.map { Int($0) ?? -1 }  // "max" (no limit) reads as -1
      return values.isEmpty ? nil : values
    }
    var quota = -1
    var period = 0
    if let v2 = numbers("/sys/fs/cgroup/cpu.max"), v2.count == 2 {
      (quota, period) = (v2[0], v2[1])
    } else if let q = numbers("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")?.first,
      let p = numbers("/sys/fs/cgroup/cpu/cpu.cfs_period_us")?.first
    {
      (quota, period) = (q, p)
    }
    guard quota > 0, period > 0 else { return nil }
    return max(1, (quota + period - 1) / period)
  }
}
