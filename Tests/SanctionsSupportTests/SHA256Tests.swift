import SanctionsSupport
import Testing

/// SHA-256 against the FIPS 180-4 / NIST example vectors, fed whole and in
/// uneven pieces.
@Suite("SHA-256")
struct SHA256Tests {
  @Test(
    "NIST vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func vectors(message: String, expected: String) {
    #expect(SHA256.hash(Array(message.utf8)).hexadecimal == expected)
  }

  @Test("A million 'a's, in pieces of 1 to 130 bytes")
  func pieces() {
    let message = [UInt8](repeating: 0x61, count: 1_000_000)
    var hasher = SHA256()
    var offset = 0
    var piece = 1
    while offset < message.count {
      let end = min(message.count, offset + piece)
      hasher.update(Array(message[offset..<end]))
      offset = end
      piece = piece % 130 + 1
    }
    #expect(hasher.finalize().hexadecimal == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
