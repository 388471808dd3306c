/**
 * Reading article files: {@link org.newsgraph.article.ArticleSources} expands the paths a user gives into
 * files, and {@link org.newsgraph.article.ArticleReader} turns each UTF-8 text file into an
 * {@link org.newsgraph.article.Article} (headline, subtitle, dates with offsets, byline, publisher, captions,
 * wire dateline and body paragraphs as {@link org.newsgraph.article.Span}s into the decoded text), dropping site
 * boilerplate by the rules in this package's data files and reporting every unreadable file as a positioned
 * {@link org.newsgraph.diag.Diagnostic} instead of throwing.
 */
package org.newsgraph.article;
