import Hummingbird
import Foundation

/// JSON answers: keys sorted (the same object always reads the same), slashes unescaped.
enum JSONResponse {
  static func make(
    _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
  ) -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var fields = headers
    fields[.contentType] = "application/json"
    do {
      let data = try encoder.encode(value)
      return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    } catch {
      // Only a non-finite number could fail to encode; say so rather than send half a document.
      let text = #"{"detail":"The answer could not be encoded as JSON."}"#
      return Response(
        status: .internalServerError, headers: [.contentType: "application/json"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
  }
}
