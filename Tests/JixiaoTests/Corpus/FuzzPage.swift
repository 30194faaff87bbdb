/// The page model of the template fuzz runs.
struct FuzzPage: Sendable {
    let title: String
    let company: String
    let people: [FuzzPerson]
    let nav: [FuzzPerson]
}
