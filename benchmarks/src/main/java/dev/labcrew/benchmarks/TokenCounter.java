package dev.labcrew.benchmarks;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/** Counts tokens as GPT-4o-class models see them ({@code o200k_base}). */
final class TokenCounter {
    private final Encoding encoding = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    int count(String text) {
        return text == null ? 0 : encoding.countTokens(text);
    }
}
