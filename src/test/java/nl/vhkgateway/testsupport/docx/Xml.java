package nl.vhkgateway.testsupport.docx;

/** XML text helpers for the test document builder. Stateless, thread-safe. */
final class Xml {

    private Xml() {
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /** The namespace declarations Word 365 puts on document, header, footer, comments and notes roots. */
    static final String WORD_NAMESPACES = ""
            + " xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\""
            + " xmlns:cx=\"http://schemas.microsoft.com/office/drawing/2014/chartex\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:aink=\"http://schemas.microsoft.com/office/drawing/2016/ink\""
            + " xmlns:am3d=\"http://schemas.microsoft.com/office/drawing/2017/model3d\""
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:oel=\"http://schemas.microsoft.com/office/2019/extlst\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\""
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
            + " xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\""
            + " xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\""
            + " xmlns:w16=\"http://schemas.microsoft.com/office/word/2018/wordml\""
            + " xmlns:w16du=\"http://schemas.microsoft.com/office/word/2023/wordml/word16du\""
            + " xmlns:w16sdtdh=\"http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash\""
            + " xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\""
            + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
            + " xmlns:wpi=\"http://schemas.microsoft.com/office/word/2010/wordprocessingInk\""
            + " xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " mc:Ignorable=\"w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14\"";
}
