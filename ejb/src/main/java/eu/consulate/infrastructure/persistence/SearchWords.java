package eu.consulate.infrastructure.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a request list search matches: letters and digits of any script, lower-cased, cut
 * to {@link #MAX_LENGTH} characters. The same function splits what is stored (title and
 * applicant name) and what is searched, so that "Lung-cancer" finds "lung cancer cohort" and a
 * search word matches every stored word it begins.
 */
public final class SearchWords {

    /** The longest stored word; longer words are stored and searched by their first characters. */
    public static final int MAX_LENGTH = 40;
    /** The most words of a search that are matched; further words are ignored. */
    public static final int MAX_SEARCH_WORDS = 8;

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The distinct words of the texts (null texts are skipped), in order of appearance. */
    public static List<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
                }
            }
        }
        return List.copyOf(words);
    }

    /** The words a search looks for: those of {@link #of}, at most {@link #MAX_SEARCH_WORDS}. */
    public static List<String> ofSearch(String text) {
        List<String> words = of(text);
        return words.size() > MAX_SEARCH_WORDS ? words.subList(0, MAX_SEARCH_WORDS) : words;
    }

    /**
     * A LIKE pattern for the stored words that begin with {@code word} (a word of {@link #of}:
     * letters and digits only, so nothing in it needs escaping).
     */
    static String prefixPattern(String word) {
        return word + "%";
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * {@link #prefixPattern} as an SQL string literal, for a word of {@link #of} only (letters
     * and digits: nothing that could end the literal or widen the pattern; anything else is
     * refused). H2 turns a constant prefix pattern into an index range, but a bound `LIKE ?`
     * inside a sub-select in FROM (a capped count, a branch of a union) into a scan of the
     * committee's every word (1 s at a million requests): ADR 6.
     */
    static String prefixLiteral(String word) {
        if (!WORD.matcher(word).matches()) {
            throw new IllegalArgumentException("not a search word: " + word);
        }
        return "'" + prefixPattern(word) + "'";
    }
}
