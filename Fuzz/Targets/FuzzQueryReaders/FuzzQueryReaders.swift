// Fuzz target: the readers of query input (`sanctions screen` on standard
// input): every line as a JSON document (JSON lines), and the whole input
// as CSV records with the shared RFC 4180 scanner.
// Run: `Fuzz/run.sh FuzzQueryReaders [SECONDS]`.

import FuzzSupport
import SanctionsSupport

func touch(_ value: JSONValue) -> Int {
  switch value {
  case .array(let items): return items.reduce(1) { $0 &+ touch($1) }
  case .object(let members): return members.reduce(1) { $0 &+ $1.key.utf8.count &+ touch($1.value) }
  case .string(let text): return text.utf8.count
  default: return 1
  }
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
  var total = 0
  // JSON lines: each line one document.
  var lineStart = 0
  while lineStart <= input.count {
    let lineEnd = input[lineStart...].firstIndex(of: 0x0A) ?? input.count
    var parser = JSONParser(input, range: lineStart..<lineEnd)
    if let value = try? parser.parseDocument() { total &+= touch(value) }
    lineStart = lineEnd + 1
  }
  // The whole input as one document (a JSON array of names).
  if let value = try? JSONParser.parseDocument(ArraySlice(input)) { total &+= touch(value) }
  // CSV: record after record; the scanner must always make progress.
  var position = 0
  var fields: [CSVField] = []
  while position < input.count {
    if input[position] == 0x0A || input[position] == 0x0D {
      position += 1
      continue
    }
    let before = position
    do {
      total &+= try CSVScanner.scanRecord(input, position: &position, into: &fields)
      for field in fields {
        precondition(field.range.lowerBound >= before && field.range.upperBound <= input.count, "field out of bounds")
        total &+= field.range.count
      }
    } catch {
      break
    }
    precondition(position > before, "the CSV scanner made no progress")
  }
  if total == -1 { print(total) }
}

@main enum Main {
  static func main() { FuzzReplay.main(fuzz) }
}
