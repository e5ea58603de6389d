/// `{name}` placeholders in user-facing texts: the station's string catalogue and the printed
/// documents' words share this one filler.
public enum TextTemplate {
    /// `template` with each `{name}` replaced by its value, in one pass, so a value that itself
    /// holds braces (a customer's text) is never expanded again. Unknown names stay as written.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            if template[i] == "{", let close = template[i...].firstIndex(of: "}"),
               let value = values[String(template[template.index(after: i)..<close])] {
                out += value
                i = template.index(after: close)
            } else {
                out.append(template[i])
                i = template.index(after: i)
            }
        }
        return out
    }
}
