package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (telegram): the speaker of a chat or Teams log typed in lower case after the message's time ("— 12:20 —
 * precious: ik wil ...", "[21:04] mo: ..."): a single word right before a colon, right after a time stamp (hours, a
 * colon, minutes, then optionally a dash or a closing bracket) is a person when a given-name list holds it (also a word
 * an English dictionary holds: "precious") or it is a pet name; abbreviations and typos of no list stay ("09:15 amhk:",
 * "[16:10] terugkopeling:"). Kin and role words, pronouns,
 * function words, places and organisations stay ("12:20 moeder:", "12:21 ik:", "12:22 school:"). Stateless.
 */
final class ChatSpeakerLabel {

    private ChatSpeakerLabel() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 3; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !tokens.get(i + 1).is(':') || !afterTime(tokens, i)) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 2 || !TelegramWords.letters(lower) || TelegramWords.ordinary(words, lower)
                    || TelegramWords.elsewhere(words, lower) || words.isCommonWord(lower)
                    || words.isDutchWord(lower) && !words.isFirstNameLower(lower)) { // "09:00 intake:", "15:00 overdracht:"
                continue;
            }
            if (lower.length() >= 3 && (words.isFirstNameLower(lower) || TelegramWords.petName(words, lower))) {
                flag[i] = true;
            }
        }
    }

    /** A time stamp "hh:mm" ends right before {@code i}, optionally followed by a dash or a closing bracket. */
    private static boolean afterTime(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && (tokens.get(k).is(']') || tokens.get(k).is(')') || tokens.get(k).is('-') || tokens.get(k).is('—')
                || tokens.get(k).is('–'))) {
            k--;
        }
        return k >= 2 && minutes(tokens.get(k)) && tokens.get(k - 1).is(':') && hours(tokens.get(k - 2));
    }

    private static boolean minutes(Token t) {
        return t.isNumber() && t.text().length() == 2;
    }

    private static boolean hours(Token t) {
        return t.isNumber() && t.text().length() <= 2;
    }
}
