package nl.vhkgateway.domain.screening.detector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the detectors use: given names, surname tokens, the Dutch (and an English) dictionary of ordinary
 * lower-case words, the exceptions (names that are also ordinary words), titles, kin and role words, tussenvoegsels,
 * street-name endings, and the allow-lists (organisations, places, nationalities, instruments, apps, holidays ...).
 * Data files under {@code src/main/resources/nl/vhkgateway/screening/wordlists/}; their sources and licences are in
 * the README.md next to them.
 *
 * <p>Immutable and thread-safe once built. {@link #defaults()} loads the bundled lists once per JVM (lazily, a few
 * hundred milliseconds) and shares them. Name lists are kept in their original spelling; all look-ups
 * that say "lower" expect a lower-cased key ({@link #lower(String)}).
 */
public final class WordLists {

    private static final String BASE = "/nl/vhkgateway/screening/wordlists/";

    private final Set<String> firstNames;
    private final Set<String> firstNamesLower;
    private final Set<String> surnames;
    private final CompactWordSet dictionary;
    private final CompactWordSet english;
    private final Set<String> exceptions;
    private final Set<String> commonWords;
    private final Set<String> titles;
    private final Set<String> kinRoles;
    private final Set<String> tussenvoegsels;
    private final List<String> streetSuffixes;
    private final PhraseIndex allowed;
    private final Set<String> placesLower;
    private final Set<String> contextPlacesLower;
    private final CompactWordSet weakNames;
    private final Set<String> abroadLower;
    private final Set<String> villagesLower;
    private final Set<String> properPhrasesLower;
    private final Set<String> watersLower;

    private WordLists(Builder b) {
        this.firstNames = FrozenWordSet.wrap(b.firstNames);
        Set<String> lowerFirst = new HashSet<>(b.firstNames.size() * 2);
        b.firstNames.forEach(n -> lowerFirst.add(lower(n)));
        this.firstNamesLower = FrozenWordSet.wrap(lowerFirst);
        this.surnames = FrozenWordSet.wrap(b.surnames);
        this.dictionary = b.dictionarySet != null ? b.dictionarySet : CompactWordSet.of(b.dictionary);
        this.english = b.englishSet != null ? b.englishSet : CompactWordSet.of(b.english);
        this.exceptions = lookupSet(b.exceptions);
        this.commonWords = lookupSet(b.commonWords);
        this.titles = lookupSet(b.titles);
        this.kinRoles = lookupSet(b.kinRoles);
        this.tussenvoegsels = lookupSet(b.tussenvoegsels);
        this.streetSuffixes = List.copyOf(b.streetSuffixes);
        this.placesLower = lookupSet(b.placesLower);
        this.contextPlacesLower = lookupSet(b.contextPlacesLower);
        this.abroadLower = lookupSet(b.abroadLower);
        this.villagesLower = lookupSet(b.villagesLower);
        this.properPhrasesLower = lookupSet(b.properPhrasesLower);
        this.watersLower = lookupSet(b.watersLower);
        this.weakNames = b.weakNamesSet != null ? b.weakNamesSet : CompactWordSet.of(b.weakNames);
        PhraseIndex.Builder phrases = PhraseIndex.builder();
        b.organisations.forEach(p -> phrases.add(p, PhraseIndex.Kind.ORGANISATION));
        b.places.forEach(p -> phrases.add(p, PhraseIndex.Kind.PLACE));
        b.nationalities.forEach(p -> phrases.add(p, PhraseIndex.Kind.NATIONALITY));
        b.allowWords.forEach(p -> phrases.add(p, PhraseIndex.Kind.OTHER));
        this.allowed = phrases.build();
        if (firstNames.isEmpty() || surnames.isEmpty() || !b.hasDictionary() || kinRoles.isEmpty()
                || titles.isEmpty() || tussenvoegsels.isEmpty() || streetSuffixes.isEmpty()) {
            throw new IllegalStateException("word lists incomplete: names, dictionary, titles, kin words, "
                    + "tussenvoegsels and street suffixes are required");
        }
    }

    /** The bundled word lists, loaded once per JVM. */
    public static WordLists defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        private static final WordLists DEFAULTS = loadBundled();
    }

    static WordLists loadBundled() {
        Builder b = builder();
        read("first-names.txt.gz", b.firstNames::add);
        read("surnames.txt.gz", b.surnames::add);
        b.dictionarySet = readCompact("dictionary.txt.gz");
        b.englishSet = readCompact("english.txt.gz");
        read("exceptions.txt", b.exceptions::add);
        read("common-words.txt", b.commonWords::add);
        read("titles.txt", w -> b.titles.add(lower(w)));
        read("kin-roles.txt", w -> b.kinRoles.add(lower(w)));
        read("tussenvoegsels.txt", w -> b.tussenvoegsels.add(lower(w)));
        read("street-suffixes.txt", w -> b.streetSuffixes.add(lower(w)));
        read("organisations.txt", b.organisations::add);
        read("places.txt", w -> {
            b.places.add(w);
            b.placesLower.add(lower(w));
        });
        read("places-abroad.txt.gz", w -> {
            b.places.add(w);
            b.placesLower.add(lower(w));
            b.abroadLower.add(lower(w));
        });
        // Round 10 leak fix: a village of the OpenTaal list is a place only where a place word stands before it
        // (isPlaceInContext), never a place anywhere: many of them are surnames too ("Opa Nederhorst", "bij Huntelaar").
        read("places-villages.txt", w -> {
            b.contextPlacesLower.add(lower(w));
            b.villagesLower.add(lower(w));
        });
        read("places-also-names.txt", w -> b.contextPlacesLower.add(lower(w)));
        read("proper-phrases.txt", w -> b.properPhrasesLower.add(lower(w)));
        read("waters.txt", w -> b.watersLower.add(lower(w)));
        read("nationalities.txt", b.nationalities::add);
        read("allow-words.txt", b.allowWords::add);
        b.weakNamesSet = readCompact("extra-names.txt.gz"); // lower case already
        return b.build();
    }

    private static CompactWordSet readCompact(String name) {
        String path = BASE + name;
        try (InputStream raw = WordLists.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("word list missing from the class path: " + path);
            }
            return CompactWordSet.read(new GZIPInputStream(raw, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }

    /** A curated list of the word-list folder as lower-case words (comment and blank lines skipped), read once. */
    static Set<String> lowerCaseSet(String name) {
        Set<String> words = new HashSet<>();
        read(name, w -> words.add(w.toLowerCase(Locale.ROOT)));
        return lookupSet(words);
    }

    /**
     * An unmodifiable copy for look-ups per token ({@link FrozenWordSet}: hash codes probed in one array, strings
     * compared only on an equal hash code; iterates like the {@link HashSet} copy it was before round 18), which the
     * name rules ask many times per word.
     */
    private static Set<String> lookupSet(Set<String> words) {
        return FrozenWordSet.of(words);
    }

    /** Feeds each entry of a word list (stripped; blank lines and '#' comments skipped) to the sink; fails fast when missing. */
    static void read(String name, Consumer<String> sink) {
        String path = BASE + name;
        try (InputStream raw = WordLists.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("word list missing from the class path: " + path);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                    1 << 16)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty() && line.charAt(0) != '#') {
                        String w = line.strip();
                        if (!w.isEmpty()) {
                            sink.accept(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }

    /** Lower case in the root locale, NFC-normalised, typographic apostrophe folded to '. */
    /** The (lower-case) word ends in one of {@code endings}. */
    static boolean endsWithAny(String lower, List<String> endings) {
        for (String ending : endings) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    public static String lower(String word) {
        boolean ascii = true;
        boolean upper = false;
        for (int i = 0; i < word.length() && ascii; i++) {
            char c = word.charAt(i);
            ascii = c < 128;
            upper |= c >= 'A' && c <= 'Z';
        }
        if (ascii) {
            return upper ? word.toLowerCase(Locale.ROOT) : word;
        }
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return Normalizer.isNormalized(w, Normalizer.Form.NFC) ? w : Normalizer.normalize(w, Normalizer.Form.NFC);
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** A given name, looked up by its lower-case form ("sanne"). */
    public boolean isFirstNameLower(String lower) {
        return firstNamesLower.contains(lower);
    }

    public boolean isSurname(String word) {
        return surnames.contains(word);
    }

    /**
     * A name of the large, unsorted list ({@code extra-names.txt.gz}: given names and surnames of many origins that
     * are no word, place or organisation), looked up by its lower-case form. Weak evidence: used only where a name
     * is likely already (a sentence start, after a kin word, in lower case or capitals), never to override a place.
     */
    public boolean isWeakName(String lower) {
        return weakNames.contains(lower);
    }

    public boolean isName(String word) {
        return firstNames.contains(word) || surnames.contains(word);
    }

    /**
     * A word that may stand for a person on its own: a given name or surname as written or capitalised ("Sanne",
     * "SANNE"), a weak name or a given name by its lower-case form, a kin word, role or title. The one check of the
     * clearing steps that free an unknown capitalised word (a place in brackets, a school's name, a brand): a word of
     * this kind stays a name there.
     */
    public boolean isListedPersonWord(String text) {
        String lower = lower(text);
        return isName(text) || isName(NameClassifier.capitalise(lower)) || isWeakName(lower) || isFirstNameLower(lower)
                || isKinOrRole(lower) || isTitle(lower);
    }

    /** An ordinary lower-case word of Dutch (or, as a second language in these texts, English). */
    public boolean isWord(String lower) {
        return dictionary.contains(lower) || english.contains(lower);
    }

    public boolean isDutchWord(String lower) {
        return dictionary.contains(lower);
    }

    /** A name that is also an ordinary Dutch word ("Roos", "Bakker"): needs context. */
    public boolean isException(String word) {
        return exceptions.contains(word);
    }

    /** A frequent Dutch word (for the typo check: a short unknown word one typo away from one). */
    public boolean isCommonWord(String lower) {
        return commonWords.contains(lower);
    }

    public boolean isTitle(String lower) {
        return titles.contains(lower);
    }

    public boolean isKinOrRole(String lower) {
        return kinRoles.contains(lower);
    }

    public boolean isTussenvoegsel(String lower) {
        return tussenvoegsels.contains(lower);
    }

    public boolean isPlace(String lower) {
        return placesLower.contains(lower);
    }

    /** A place abroad of {@code places-abroad.txt.gz} (not a Dutch, Belgian or curated place). */
    public boolean isAbroad(String lower) {
        return abroadLower.contains(lower) && !contextPlacesLower.contains(lower);
    }

    /**
     * A Dutch or Belgian place, or one of the curated list (not one of the places abroad, and not one of the villages
     * and neighbourhoods that only the OpenTaal list knows, {@code places-villages.txt}: those are places, but no
     * evidence for the address, typo and compound checks; "Kleinzand 27a" is a street in Sneek).
     */
    public boolean isDomesticPlace(String lower) {
        return placesLower.contains(lower) && !abroadLower.contains(lower) && !villagesLower.contains(lower);
    }

    /**
     * A village or neighbourhood that only the OpenTaal list knows ({@code places-villages.txt}, lower case): a place
     * only after a place word ({@link #isPlaceInContext}; many are surnames too), and a street of that name may carry
     * a house number ("Kleinzand 27a").
     */
    public boolean isVillage(String lower) {
        return villagesLower.contains(lower);
    }

    /**
     * A proper name of two to four words from the OpenTaal list ("maria hoop", "cadier en keer", "ho chi minhstad"),
     * lower case, words separated by single spaces: a place, region, street or institution after a place preposition.
     */
    public boolean isProperPhrase(String lower) {
        return properPhrasesLower.contains(lower);
    }

    /** A river, canal, lake or sea written with an article ("maas", "vecht", "ij"; {@code waters.txt}), lower case. */
    public boolean isWater(String lower) {
        return watersLower.contains(lower);
    }

    /**
     * A place where a place word stands before it ("in Beek", "woont in Lisse", "het dorp Heesch"): the places of
     * {@link #isPlace} and the places that are also a name or an ordinary word ({@code places-also-names.txt}).
     */
    public boolean isPlaceInContext(String lower) {
        return placesLower.contains(lower) || contextPlacesLower.contains(lower);
    }

    Set<String> titles() {
        return titles;
    }

    Set<String> kinRoles() {
        return kinRoles;
    }

    Set<String> tussenvoegsels() {
        return tussenvoegsels;
    }

    public List<String> streetSuffixes() {
        return streetSuffixes;
    }

    /** Organisations, places, nationalities and other allowed capitalised words and phrases. */
    public PhraseIndex allowed() {
        return allowed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds word lists from code (tests, custom configurations). Not thread-safe; build once. */
    public static final class Builder {
        private final Set<String> firstNames = new HashSet<>();
        private final Set<String> surnames = new HashSet<>();
        private final Set<String> dictionary = new HashSet<>();
        private final Set<String> english = new HashSet<>();
        private CompactWordSet dictionarySet;
        private CompactWordSet englishSet;
        private final Set<String> exceptions = new HashSet<>();
        private final Set<String> commonWords = new HashSet<>();
        private final Set<String> titles = new HashSet<>();
        private final Set<String> kinRoles = new HashSet<>();
        private final Set<String> tussenvoegsels = new HashSet<>();
        private final List<String> streetSuffixes = new ArrayList<>();
        private final List<String> organisations = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private final Set<String> placesLower = new HashSet<>();
        private final Set<String> contextPlacesLower = new HashSet<>();
        private final Set<String> abroadLower = new HashSet<>();
        private final Set<String> villagesLower = new HashSet<>();
        private final Set<String> properPhrasesLower = new HashSet<>();
        private final Set<String> watersLower = new HashSet<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> allowWords = new ArrayList<>();
        private final List<String> weakNames = new ArrayList<>();
        private CompactWordSet weakNamesSet;

        private Builder() {
        }

        /** Weak names (see {@link WordLists#isWeakName}). */
        public Builder weakNames(Collection<String> v) {
            v.forEach(w -> weakNames.add(lower(w)));
            return this;
        }

        public Builder firstNames(Collection<String> v) {
            firstNames.addAll(v);
            return this;
        }

        public Builder surnames(Collection<String> v) {
            surnames.addAll(v);
            return this;
        }

        public Builder dictionary(Collection<String> v) {
            v.forEach(w -> dictionary.add(lower(w)));
            return this;
        }

        public Builder exceptions(Collection<String> v) {
            exceptions.addAll(v);
            return this;
        }

        public Builder commonWords(Collection<String> v) {
            v.forEach(w -> commonWords.add(lower(w)));
            return this;
        }

        public Builder titles(Collection<String> v) {
            v.forEach(w -> titles.add(lower(w)));
            return this;
        }

        public Builder kinRoles(Collection<String> v) {
            v.forEach(w -> kinRoles.add(lower(w)));
            return this;
        }

        public Builder tussenvoegsels(Collection<String> v) {
            v.forEach(w -> tussenvoegsels.add(lower(w)));
            return this;
        }

        public Builder streetSuffixes(Collection<String> v) {
            v.forEach(w -> streetSuffixes.add(lower(w)));
            return this;
        }

        public Builder organisations(Collection<String> v) {
            organisations.addAll(v);
            return this;
        }

        public Builder places(Collection<String> v) {
            places.addAll(v);
            v.forEach(w -> placesLower.add(lower(w)));
            return this;
        }

        /** Places that are also a name or word: places only after a place word. */
        public Builder contextPlaces(Collection<String> v) {
            v.forEach(w -> contextPlacesLower.add(lower(w)));
            return this;
        }

        public Builder nationalities(Collection<String> v) {
            nationalities.addAll(v);
            return this;
        }

        public Builder allowWords(Collection<String> v) {
            allowWords.addAll(v);
            return this;
        }

        private boolean hasDictionary() {
            return dictionarySet != null || !dictionary.isEmpty();
        }

        public WordLists build() {
            streetSuffixes.sort((a, b) -> Integer.compare(b.length(), a.length()));
            return new WordLists(this);
        }
    }
}
