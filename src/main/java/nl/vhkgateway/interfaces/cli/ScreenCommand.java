package nl.vhkgateway.interfaces.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.interfaces.json.ScreeningJson;

/**
 * The command-line screener: {@code java -jar target/vhk-screen.jar [--json] [--out MAP] BESTAND...}.
 * Screens .docx cards and .eml mails with the same rules as the gateway, in one JVM for all files.
 * <ul>
 *   <li>Without {@code --json}: a readable Dutch report per file. With {@code --json}: one JSON object per file per
 *   line (JSON Lines, {@link ScreeningJson}).</li>
 *   <li>{@code --out MAP}: the sanitised copy of every accepted card is written there as
 *   {@code <naam>-geschoond.docx}; nothing is ever written next to the input.</li>
 *   <li>Exit code: 0 all accepted, 1 any refused, 2 any invalid (2 wins over 1); 64 for a wrong command line.</li>
 * </ul>
 * A missing or unreadable file is INVALID (UNREADABLE_FILE), not a crash. Prints only masked excerpts.
 */
public final class ScreenCommand {

    /** Exit code when every file was accepted. */
    public static final int ALL_ACCEPTED = 0;
    /** Exit code when a file was refused (personal data or incomplete) and none was invalid. */
    public static final int REFUSED = 1;
    /** Exit code when a file was invalid (not a safe .docx, unreadable, no card, ...). */
    public static final int INVALID = 2;
    /** Exit code for a wrong command line (sysexits EX_USAGE). */
    public static final int USAGE = 64;

    private static final String HELP = """
            Gebruik: java -jar vhk-screen.jar [--json] [--out MAP] BESTAND...

            Controleert Veiligheidskaarten (.docx) en e-mails met een kaart (.eml) zoals de gateway dat doet:
            - staan er persoonsgegevens in de kaart (ook in opmerkingen, kop- en voetteksten, bijgehouden
              wijzigingen, verborgen tekst, tekstvakken, documenteigenschappen, ...) of in de e-mail
              (onderwerp, tekst, namen van bijlagen)? Alleen een voorletter met geboortejaar mag: J. (2011);
            - is de kaart compleet (alle verplichte onderdelen ingevuld, Persoonsgegevens leeg)?
            - is het bestand een veilig Word-document (.docx, geen macro's, geen wachtwoord)?

            Opties:
              --json       per bestand één regel JSON (JSON Lines) in plaats van een leesbaar verslag:
                           {"file", "verdict": "ACCEPT"|"REJECT"|"INVALID", "findings": [{"category", "part",
                           "section", "location", "excerpt"}], "missing": [...], "sanitised": pad of null}
              --out MAP    schrijf van elke goedgekeurde kaart de geschoonde kopie (zonder auteurs,
                           documenteigenschappen en bijgehouden wijzigingen) naar MAP als <naam>-geschoond.docx
              -h, --help   deze uitleg

            Uitkomst (exitcode): 0 alles goedgekeurd, 1 een bestand geweigerd (persoonsgegevens of
            onvolledig), 2 een bestand ongeldig (geen veilig .docx, onleesbaar, geen kaart in de e-mail),
            64 verkeerde opdrachtregel. Persoonsgegevens worden nooit getoond, alleen gemaskeerd (S**** J*****).
            """;

    private final CardScreeningService cards;
    private final MailScreeningService mails;
    private final PrintStream out;
    private final PrintStream err;

    public ScreenCommand(CardScreeningService cards, MailScreeningService mails, PrintStream out, PrintStream err) {
        this.cards = cards;
        this.mails = mails;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Optional<Options> options = Options.parse(args, err);
        if (options.isEmpty()) {
            System.exit(USAGE);
        }
        if (options.get().help) {
            out.print(HELP);
            System.exit(ALL_ACCEPTED);
        }
        int exitCode;
        try (CardScreeningService cards = ScreeningServices.cardScreening()) {
            exitCode = new ScreenCommand(cards, new MailScreeningService(cards), out, err).run(options.get());
        }
        out.flush();
        System.exit(exitCode);
    }

    /** Parses the arguments and screens; returns the exit code. */
    public int run(String... args) {
        Optional<Options> options = Options.parse(args, err);
        if (options.isEmpty()) {
            return USAGE;
        }
        if (options.get().help) {
            out.print(HELP);
            return ALL_ACCEPTED;
        }
        return run(options.get());
    }

    private int run(Options options) {
        if (options.outDir != null) {
            try {
                Files.createDirectories(options.outDir);
            } catch (IOException | RuntimeException e) {
                err.println("De map voor geschoonde kopieën kan niet worden gemaakt: " + options.outDir);
                return USAGE;
            }
        }
        Set<Path> written = new HashSet<>();
        boolean refused = false;
        boolean invalid = false;
        for (String file : options.files) {
            Result result = screen(file);
            Optional<String> copy = Optional.empty();
            if (options.outDir != null && result.sanitised.isPresent()) {
                copy = writeCopy(options.outDir, file, result.sanitised.get(), written);
            }
            if (options.json) {
                out.println(ScreeningJson.line(result.json(file, copy)));
            } else {
                printReadable(file, result, copy);
            }
            refused |= result.verdict == Verdict.REJECT;
            invalid |= result.verdict == Verdict.INVALID;
        }
        out.flush();
        return invalid ? INVALID : refused ? REFUSED : ALL_ACCEPTED;
    }

    private Result screen(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return Result.unreadable("Het pad is ongeldig.");
        }
        if (!Files.isRegularFile(path)) {
            return Result.unreadable(Files.exists(path) ? "Dit is geen bestand." : "Het bestand bestaat niet.");
        }
        boolean mail = file.toLowerCase(Locale.ROOT).endsWith(".eml");
        try {
            long limit = mail ? mails.maxMailBytes() : cards.limits().maxInputBytes();
            if (Files.size(path) > limit) {
                return Result.of(CardScreeningService.invalidReport(Category.TOO_LARGE, "Het bestand is groter dan "
                        + limit / (1024 * 1024) + " MB; een Veiligheidskaart is veel kleiner.", "size-limit"));
            }
            byte[] content = Files.readAllBytes(path);
            String name = path.getFileName().toString();
            return mail ? Result.of(mails.screen(content)) : Result.of(cards.screen(name, content));
        } catch (IOException | SecurityException e) {
            return Result.unreadable("Het bestand kan niet worden gelezen.");
        }
    }

    private Optional<String> writeCopy(Path outDir, String file, byte[] copy, Set<Path> written) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path target = outDir.resolve(base + "-geschoond.docx");
        for (int n = 2; written.contains(target.toAbsolutePath().normalize()) || Files.exists(target); n++) {
            target = outDir.resolve(base + "-geschoond-" + n + ".docx");
        }
        try {
            Files.write(target, copy);
            written.add(target.toAbsolutePath().normalize());
            return Optional.of(target.toString());
        } catch (IOException | RuntimeException e) {
            err.println("De geschoonde kopie kan niet worden geschreven naar " + outDir);
            return Optional.empty();
        }
    }

    private void printReadable(String file, Result result, Optional<String> copy) {
        out.println(file + ": " + switch (result.verdict) {
            case ACCEPT -> "GOEDGEKEURD - geen persoonsgegevens gevonden en de kaart is compleet";
            case REJECT -> "GEWEIGERD - de kaart moet worden aangepast";
            case INVALID -> "ONGELDIG - het bestand kan zo niet worden ingebracht";
        });
        List<Finding> personal = result.findings.stream()
                .filter(f -> f.category().kind() == Category.Kind.PERSONAL_DATA).toList();
        List<Finding> problems = result.findings.stream()
                .filter(f -> f.category().kind() != Category.Kind.PERSONAL_DATA).toList();
        if (!problems.isEmpty()) {
            out.println("  Probleem:");
            problems.forEach(f -> out.println("  - " + f.category().dutchDescription() + ": " + f.maskedExcerpt()
                    + where(f.location())));
        }
        if (!personal.isEmpty()) {
            out.println("  Persoonsgegevens gevonden (" + personal.size() + "):");
            personal.forEach(f -> out.println("  - " + f.category().dutchDescription() + " \"" + f.maskedExcerpt()
                    + "\" " + f.location().describeInDutch()));
        }
        if (!result.missing.isEmpty()) {
            out.println("  Ontbreekt of is onvolledig:");
            result.missing.forEach(m -> out.println("  - " + m.label() + ": " + m.hint()));
        }
        if (result.verdict == Verdict.ACCEPT && !result.sanitisingActions.isEmpty()) {
            out.println("  Geschoond: " + String.join("; ", result.sanitisingActions));
        }
        copy.ifPresent(path -> out.println("  Geschoonde kopie: " + path));
        out.println();
    }

    private static String where(Location location) {
        return location.documentPart() == DocumentPart.DOCUMENT && location.detail().isBlank()
                ? "" : " (" + location.describeInDutch() + ")";
    }

    /** Library logging (POI) could quote document text: only our own warnings reach the console. */
    private static final List<Logger> KEPT_LOGGERS = new ArrayList<>();

    private static void quietLibraryLogging() {
        for (String name : List.of("", "org.apache", "org.openxmlformats", "jakarta.mail", "org.eclipse.angus")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(name.isEmpty() ? Level.WARNING : Level.OFF);
            KEPT_LOGGERS.add(logger);
        }
    }

    /** What one file came to, in the form both outputs need. */
    private record Result(Verdict verdict, List<Finding> findings, List<MissingItem> missing,
                          List<String> sanitisingActions, Optional<byte[]> sanitised, Object report) {

        static Result of(ScreeningReport report) {
            return new Result(report.verdict(), report.findings(), report.missingItems(), report.sanitisingActions(),
                    report.sanitisedCopy(), report);
        }

        static Result of(MailScreeningReport report) {
            return new Result(report.verdict(), report.findings(), report.missingItems(), report.sanitisingActions(),
                    report.sanitisedCopy(), report);
        }

        static Result unreadable(String dutchReason) {
            return of(CardScreeningService.invalidReport(Category.UNREADABLE_FILE, dutchReason, "screen-command"));
        }

        jakarta.json.JsonObject json(String file, Optional<String> copy) {
            return report instanceof MailScreeningReport mail ? ScreeningJson.mail(file, mail, copy)
                    : ScreeningJson.card(file, (ScreeningReport) report, copy);
        }
    }

    /** The parsed command line. */
    private record Options(boolean json, Path outDir, List<String> files, boolean help) {

        static Optional<Options> parse(String[] args, PrintStream err) {
            boolean json = false;
            boolean help = false;
            Path outDir = null;
            List<String> files = new ArrayList<>();
            boolean onlyFiles = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (onlyFiles || !arg.startsWith("-") || arg.equals("-")) {
                    files.add(arg);
                } else if (arg.equals("--")) {
                    onlyFiles = true;
                } else if (arg.equals("--json")) {
                    json = true;
                } else if (arg.equals("-h") || arg.equals("--help")) {
                    help = true;
                } else if (arg.equals("--out") || arg.startsWith("--out=")) {
                    String dir = arg.equals("--out") ? (i + 1 < args.length ? args[++i] : null) : arg.substring(6);
                    if (dir == null || dir.isBlank()) {
                        err.println("--out heeft een map nodig. Zie --help.");
                        return Optional.empty();
                    }
                    try {
                        outDir = Path.of(dir);
                    } catch (InvalidPathException e) {
                        err.println("--out: ongeldige map. Zie --help.");
                        return Optional.empty();
                    }
                } else {
                    err.println("Onbekende optie: " + arg + ". Zie --help.");
                    return Optional.empty();
                }
            }
            if (!help && files.isEmpty()) {
                err.println("Geef minstens één bestand (.docx of .eml). Zie --help.");
                return Optional.empty();
            }
            return Optional.of(new Options(json, outDir, List.copyOf(files), help));
        }
    }
}
