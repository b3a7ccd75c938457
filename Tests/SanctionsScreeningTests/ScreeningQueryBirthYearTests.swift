import SanctionsScreening
import Testing

/// The one reading of a date of birth shared by the CLI and the HTTP service.
@Suite struct ScreeningQueryBirthYearTests {
  @Test func yearsAsPeopleWriteThem() {
    #expect(ScreeningQuery.birthYear(in: "1957") == 1957)
    #expect(ScreeningQuery.birthYear(in: "1957-03-10") == 1957)
    #expect(ScreeningQuery.birthYear(in: "10/03/1957") == 1957)
    #expect(ScreeningQuery.birthYear(in: "10.03.1957") == 1957)
    #expect(ScreeningQuery.birthYear(in: "about 1960s") == 1960)
    #expect(ScreeningQuery.birthYear(in: "19570") == 1957)  // the first four digits of a run
  }

  @Test func noPlausibleYear() {
    #expect(ScreeningQuery.birthYear(in: "") == nil)
    #expect(ScreeningQuery.birthYear(in: "circa") == nil)
    #expect(ScreeningQuery.birthYear(in: "1700") == nil)
    #expect(ScreeningQuery.birthYear(in: "2150") == nil)
    #expect(ScreeningQuery.birthYear(in: "10.03.57") == nil)
    #expect(ScreeningQuery.birthYear(in: "１９５７") == nil)  // ASCII digits only
  }
}
