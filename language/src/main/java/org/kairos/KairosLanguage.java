package org.kairos;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;

/** Placeholder registration; replaced by the real language in the next step. */
@TruffleLanguage.Registration(id = KairosLanguage.ID, name = "Kairos", defaultMimeType = KairosLanguage.MIME,
        characterMimeTypes = KairosLanguage.MIME, fileTypeDetectors = {}, website = "https://example.invalid/kairos")
public final class KairosLanguage extends TruffleLanguage<Object> {
    public static final String ID = "kairos";
    public static final String MIME = "text/x-python";
    @Override protected Object createContext(Env env) { return new Object(); }
    @Override protected CallTarget parse(ParsingRequest request) { return null; }
}
