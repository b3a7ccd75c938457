// Fuzz target: the list parsers, through the format detector (gzip, zip and
// xlsx containers, UN/Canada/OFAC-enhanced XML, FtM and custom JSON, OFAC/UK/
// CSL/custom CSV), on arbitrary bytes.
//
// The first input byte picks the file name the bytes are read under (its
// extension steers detection as a real path would); the rest is the file.
// Run: `Fuzz/run.sh FuzzListParsers [SECONDS]` (see Fuzz/README.md).

import FuzzSupport
import SanctionsLists

/// File names a list may have: plain, and ones whose extension matters.
let names = [
  "list.xml", "list.csv", "list.json", "list.xlsx", "list.zip", "list.csv.gz", "sdn.csv", "cons_prim.csv",
]

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
  guard let selector = input.first else { return }
  let name = names[Int(selector) % names.count]
  let body = UnsafeBufferPointer(rebasing: input[1...])
  guard let entities = ListLoader.parseInMemory(body, name: name) else { return }
  // Touch what was read, so that nothing is optimised away.
  var total = 0
  for entity in entities { total &+= entity.names.count &+ entity.id.utf8.count }
  if total == -1 { print(total) }
}

@main enum Main {
  static func main() { FuzzReplay.main(fuzz) }
}
