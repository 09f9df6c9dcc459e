package org.massode.data.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word tokens of a review: HTML tags (IMDB's {@code <br />}) become spaces, text is lower-cased, and tokens are the
 * maximal runs of letters and apostrophes, with apostrophes trimmed from both ends ({@code 'quoted'} → {@code quoted},
 * {@code don't} stays). Digits and punctuation separate tokens and are dropped; letters include non-ASCII ones
 * ({@code café}). Stateless and thread-safe.
 */
public final class Tokenizer {
    private static final Pattern TAG = Pattern.compile("<[^>]{0,40}>");

    public List<String> tokens(String text) {
        String s = TAG.matcher(text).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>(s.length() / 5);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isTokenChar(s.charAt(i))) i++;
            int start = i;
            while (i < n && isTokenChar(s.charAt(i))) i++;
            int a = start;
            int b = i;
            while (a < b && s.charAt(a) == '\'') a++;
            while (b > a && s.charAt(b - 1) == '\'') b--;
            if (b > a) out.add(s.substring(a, b));
        }
        return out;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019';
    }
}
