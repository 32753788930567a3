package nl.vhkgateway.testsupport.corpus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Verdict;

/**
 * One generated file with what screening it must give.
 *
 * @param id                 a readable id for test names ("dirty/PHONE/COMMENT")
 * @param fileName           the file name to screen it under (.docx or .eml)
 * @param content            the bytes
 * @param expectedVerdict    the verdict screening must give
 * @param expectedCategories categories of which at least one must be reported (empty: no constraint)
 * @param expectedHiding     where the planted data hides (dirty items)
 * @param expectedMissing    a label that must be among "missing" (incomplete items)
 * @param secrets            the personal data planted, which must never appear in any output
 */
public record CorpusItem(String id, String fileName, byte[] content, Verdict expectedVerdict,
                         Set<Category> expectedCategories, Optional<Hiding> expectedHiding,
                         Optional<String> expectedMissing, List<String> secrets) {

    public boolean isMail() {
        return fileName.endsWith(".eml");
    }

    @Override
    public String toString() {
        return id;
    }
}
