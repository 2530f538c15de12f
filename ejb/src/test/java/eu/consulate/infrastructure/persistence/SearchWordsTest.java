package eu.consulate.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void splitsOnEverythingButLettersAndDigitsAndLowerCases() {
        assertThat(SearchWords.of("Lung-cancer cohort (2026), phase_2", "Ana María Šimić"))
                .containsExactly("lung", "cancer", "cohort", "2026", "phase", "2", "ana", "maría", "šimić");
    }

    @Test
    void keepsEachWordOnceAndSkipsMissingTexts() {
        assertThat(SearchWords.of("Cohort cohort COHORT", null)).containsExactly("cohort");
        assertThat(SearchWords.of("  --  ")).isEmpty();
    }

    @Test
    void cutsLongWordsToTheStoredLength() {
        String long50 = "a".repeat(50);
        assertThat(SearchWords.of(long50)).containsExactly("a".repeat(SearchWords.MAX_LENGTH));
    }

    @Test
    void searchesAtMostEightWords() {
        assertThat(SearchWords.ofSearch("one two three four five six seven eight nine ten"))
                .hasSize(SearchWords.MAX_SEARCH_WORDS).endsWith("eight");
    }

    @Test
    void aSearchWordMatchesTheStoredWordsItBegins() {
        assertThat(SearchWords.prefixPattern("canc")).isEqualTo("canc%");
    }

    @Test
    void aSearchWordBecomesALiteralPrefixPatternOnlyWhenItIsLettersAndDigits() {
        assertThat(SearchWords.prefixLiteral("canc")).isEqualTo("'canc%'");
        assertThat(SearchWords.prefixLiteral("müller2")).isEqualTo("'müller2%'");
        // every word of a search qualifies: what splits a search never leaves a quote or wildcard
        assertThat(SearchWords.ofSearch("O'Brien's 100% lung_cancer \\ study")).allSatisfy(word ->
                assertThat(SearchWords.prefixLiteral(word)).matches("'[\\p{L}\\p{N}]+%'"));
        for (String unsafe : java.util.List.of("o'brien", "100%", "lung_cancer", "a\\b", "")) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> SearchWords.prefixLiteral(unsafe));
        }
    }
}
