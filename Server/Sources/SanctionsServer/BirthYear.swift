/// Reads a year from a date of birth as people write it: the first run of four digits between
/// 1800 and 2100 (`1957`, `1957-03-10`, `10.03.1957`). The same rule as `sanctions screen --dob`.
enum BirthYear {
  static func parse(_ text: String) -> Int? {
    var digits = 0
    var value = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        value = value * 10 + Int(byte - 0x30)
        if digits == 4, (1800...2100).contains(value) { return value }
      } else {
        digits = 0
        value = 0
      }
    }
    return nil
  }
}
