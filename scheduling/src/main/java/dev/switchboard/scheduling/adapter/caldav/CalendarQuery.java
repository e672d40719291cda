package dev.switchboard.scheduling.adapter.caldav;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The CalDAV {@code calendar-query} REPORT (RFC 4791 §7.8) asking for the events that overlap a window,
 * and the reading of its multistatus answer.
 */
final class CalendarQuery {

    private static final String DAV = "DAV:";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarQuery() {}

    /** The REPORT body: every VEVENT whose time, any recurrence included, overlaps the window, with its whole resource. */
    static String overlapping(Interval window) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter>
                    <C:comp-filter name="VCALENDAR">
                      <C:comp-filter name="VEVENT">
                        <C:time-range start="%s" end="%s"/>
                      </C:comp-filter>
                    </C:comp-filter>
                  </C:filter>
                </C:calendar-query>
                """.formatted(UTC.format(window.start()), UTC.format(window.end()));
    }

    /**
     * The {@code calendar-data} of each resource the multistatus answer found (propstat 200); resources the
     * server reports missing or forbidden are left out.
     *
     * @throws CalendarFault {@code MALFORMED} when the answer is not a multistatus document
     */
    static List<String> calendarData(String multistatus) {
        Document document = parse(multistatus);
        Element root = document.getDocumentElement();
        if (!DAV.equals(root.getNamespaceURI()) || !"multistatus".equals(root.getLocalName())) {
            throw new CalendarFault(
                    CalendarFault.Kind.MALFORMED, "expected a DAV:multistatus answer, got " + root.getTagName());
        }
        List<String> data = new ArrayList<>();
        NodeList propstats = root.getElementsByTagNameNS(DAV, "propstat");
        for (int i = 0; i < propstats.getLength(); i++) {
            Element propstat = (Element) propstats.item(i);
            if (!succeeded(propstat)) {
                continue;
            }
            NodeList calendars = propstat.getElementsByTagNameNS(CALDAV, "calendar-data");
            for (int j = 0; j < calendars.getLength(); j++) {
                String text = calendars.item(j).getTextContent();
                if (text != null && !text.isBlank()) {
                    data.add(text);
                }
            }
        }
        return data;
    }

    private static boolean succeeded(Element propstat) {
        NodeList status = propstat.getElementsByTagNameNS(DAV, "status");
        // "HTTP/1.1 200 OK"; a propstat without a status is taken as found, as lenient servers send it.
        return status.getLength() == 0 || status.item(0).getTextContent().trim().matches("\\S+\\s+2\\d\\d(\\s.*)?");
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // The answer comes from a server we do not control: no DTDs, no external entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                // Errors are thrown, not printed on stderr by the JDK's default handler.
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new CalendarFault(CalendarFault.Kind.MALFORMED, "the CalDAV answer is not XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }
}
