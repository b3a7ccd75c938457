// Fuzz target: the saved-index loader (`IndexStore.load(from:)`'s decoding)
// on arbitrary bytes, then a few screenings against what it accepted.
//
// The first input byte picks the mode: odd = recompute the header's checksum
// over the (mutated) payload first, so damaged tables get past the checksum
// and reach the loader's table checks; even = the bytes as they are. The rest
// is the index file. Run: `Fuzz/run.sh FuzzIndexLoader [SECONDS]`.

import FuzzSupport
import SanctionsLists
import SanctionsScreening

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
  guard let mode = input.first else { return }
  let body = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: input[1...]))
  guard let screener = IndexStore.decodeInMemory(body, recomputingChecksum: mode & 1 == 1) else { return }
  // An accepted index must also be usable.
  for name in ["Ayman al-Zawahiri", "1267", "Bank", "Ali"] {
    guard let matches = try? screener.screen(ScreeningQuery(name: name)) else { continue }
    if let first = matches.first { _ = "\(first)" }
  }
}

@main enum Main {
  static func main() throws {
    // `FuzzIndexLoader --make-seed LIST-FILE OUTPUT`: saves the index of a list as a seed
    // (mode byte 1, the file's bytes after it) for Fuzz/corpus/FuzzIndexLoader.
    let arguments = CommandLine.arguments
    if arguments.count == 4, arguments[1] == "--make-seed" {
      let screener = Screener(lists: try ListLoader.load(paths: [arguments[2]]))
      let temporary = arguments[3] + ".index"
      try IndexStore.save(screener, to: temporary)
      try FuzzReplay.prefixFile(temporary, with: 1, writingTo: arguments[3])
      return
    }
    FuzzReplay.main(fuzz)
  }
}
