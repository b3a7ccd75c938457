import Hummingbird
import SanctionsSupport

/// JSON answers, written by ``JSONWriter`` (keys sorted: the same object always reads the same).
enum JSONResponse {
  static func make(
    _ value: some JSONWritable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
  ) -> Response {
    var json = JSONWriter()
    value.write(to: &json)
    var fields = headers
    fields[.contentType] = "application/json"
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: json.bytes)))
  }
}
