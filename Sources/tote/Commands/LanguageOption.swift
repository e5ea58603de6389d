import ArgumentParser
import ToteCore

/// `--lang CODE`: the screens' language, over the packer's, the config's and the locale's.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("Screen language: \(Language.codeList) (overrides badge, station.toml and LANG).",
                               valueName: "CODE"))
    var language: Language?
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
