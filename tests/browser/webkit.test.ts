/** The core reader tests in WebKit, Safari's engine (WebKitGTK's MiniBrowser under Xvfb, over WebDriver). */
import { readerTests } from './engines/reader-tests';
import { launchWebKit, webkitVersion } from './engines/webkit';

readerTests(`WebKit (WebKitGTK ${webkitVersion()})`, launchWebKit);
