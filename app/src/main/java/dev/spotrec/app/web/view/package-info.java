/**
 * The values the web app's jte templates render. Public only because the compiled templates live in
 * their own package; nothing else should use them.
 */
package dev.spotrec.app.web.view;
