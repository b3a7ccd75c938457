import Glibc
import SanctionsSupport
import Synchronization
import Testing

@Suite("Parallel loop")
struct ParallelLoopTests {
  @Test(
    "Every index runs exactly once, whatever the workers and schedule",
    arguments: [1, 2, 3, 8, 1000], [ParallelLoop.Schedule.strided, .inOrder])
  func everyIndexOnce(workers: Int, schedule: ParallelLoop.Schedule) {
    for count in [0, 1, 2, 7, 1000] {
      let counts = Mutex([Int](repeating: 0, count: count))
      ParallelLoop.forEach(count: count, workers: workers, schedule: schedule) { index in
        counts.withLock { $0[index] += 1 }
      }
      #expect(counts.withLock { $0 } == [Int](repeating: 1, count: count), "count \(count)")
    }
  }

  @Test("With one worker, indices run in order on the calling thread")
  func serial() {
    let caller = pthread_self()
    let seen = Mutex<[Int]>([])
    let elsewhere = Atomic<Bool>(false)
    ParallelLoop.forEach(count: 50, workers: 1) { index in
      if pthread_equal(pthread_self(), caller) == 0 { elsewhere.store(true, ordering: .relaxed) }
      seen.withLock { $0.append(index) }
    }
    #expect(seen.withLock { $0 } == Array(0..<50))
    let ranElsewhere = elsewhere.load(ordering: .relaxed)
    #expect(!ranElsewhere)
  }

  @Test("The default worker count is the processors this process may use")
  func processors() {
    let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #expect((1...max(1, online)).contains(ProcessInfoLite.activeProcessorCount))
  }
}
