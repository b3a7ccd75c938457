/// The order ``ListDiff`` lists entities in: by id, with runs of digits compared as numbers
/// (`ofac:306` before `ofac:1000`, `un:QDi.9` before `un:QDi.10`), so the order is the same on
/// every run and reads naturally.
enum EntityIDOrder {
  static func precedes(_ a: String, _ b: String) -> Bool {
    var left = Array(a.utf8)[...]
    var right = Array(b.utf8)[...]
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    while let x = left.first, let y = right.first {
      if isDigit(x), isDigit(y) {
        let leftRun = left.prefix(while: isDigit)
        let rightRun = right.prefix(while: isDigit)
        let leftNumber = leftRun.drop { $0 == 0x30 }
        let rightNumber = rightRun.drop { $0 == 0x30 }
        if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
        if !leftNumber.elementsEqual(rightNumber) { return leftNumber.lexicographicallyPrecedes(rightNumber) }
        if leftRun.count != rightRun.count { return leftRun.count < rightRun.count }
        left = left.dropFirst(leftRun.count)
        right = right.dropFirst(rightRun.count)
      } else {
        if x != y { return x < y }
        left = left.dropFirst()
        right = right.dropFirst()
      }
    }
    return left.isEmpty && !right.isEmpty
  }
}
