package org.massode.data.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer t = new Tokenizer();

    @Test
    void lowerCasesStripsBreakTagsAndSplitsOnNonLetters() {
        assertEquals(List.of("great", "movie", "loved", "it"), t.tokens("Great movie!<br /><br />Loved it."));
        assertEquals(List.of("a", "b"), t.tokens("a<br/>b"));
        assertEquals(List.of("don't", "won't", "quoted"), t.tokens("DON'T won't 'quoted'"));
        assertEquals(List.of("out", "of"), t.tokens("10/10 out-of 7"));
        assertEquals(List.of("café", "naïve"), t.tokens("Café, naïve!"));
        assertEquals(List.of(), t.tokens(" '' 123 ... "));
        assertEquals(List.of(), t.tokens(""));
        assertEquals(List.of("i", "m", "ok"), t.tokens("i<i>m</i> ok"));
    }
}
