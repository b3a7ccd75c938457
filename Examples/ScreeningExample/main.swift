// Screens names against sanctions lists and explains every match.
//
//   swift run ScreeningExample LIST_PATH... -- NAME...
//   swift run ScreeningExample ../shared/lists/un/consolidated.xml -- "Ayman al-Zawahiri"
//
// A list path is a list file (any supported format) or a folder of them.

import Foundation  // JSONEncoder and exit() only; the engine itself does not use Foundation.
import SanctionsScreening

let arguments = Array(CommandLine.arguments.dropFirst())
guard let separator = arguments.firstIndex(of: "--"), separator > 0, separator + 1 < arguments.count else {
  print("usage: ScreeningExample LIST_PATH... -- NAME...")
  exit(2)
}
let listPaths = Array(arguments[..<separator])
let names = Array(arguments[(separator + 1)...])

// Load the lists and index every name. `store: nil` builds the index in
// memory; pass `IndexStore(directory: IndexStore.defaultDirectory())` to save
// it and start faster while the list files are unchanged.
let loaded: IndexStore.LoadResult
do {
  loaded = try IndexStore.loadOrBuild(listPaths: listPaths, store: nil)
} catch {
  print("cannot load the lists: \(error)")  // a ListError: missing file, unknown format, ...
  exit(2)
}
for warning in loaded.warnings { print("warning: \(warning)") }
let screener = loaded.screener
print("\(screener.entities.count) entities, \(screener.nameCount) names indexed")

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

for name in names {
  do {
    // Prepared once: screening and explaining the matches share the prepared name.
    let query = try screener.prepare(ScreeningQuery(name: name, kind: .any))
    let matches = try screener.screen(query, threshold: Screener.defaultThreshold, limit: 5)
    print("\(name): \(matches.count) match(es)")
    for match in matches {
      print("  \(match)")  // score, entity id, matched name (list, type, kind of name)
      let explanation = screener.explain(match, for: query)
      for line in explanation.description.split(separator: "\n") { print("    \(line)") }
    }
    // Results are Codable: the best match as one line of JSON.
    if let best = matches.first {
      print(String(decoding: try encoder.encode(best), as: UTF8.self))
    }
  } catch {
    print("\(name): cannot screen: \(error)")  // a ScreeningError, e.g. a name with no letters
  }
}
