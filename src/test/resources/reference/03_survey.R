## 03_survey.R -- a small survey WITH missing answers, and what R computes for it.
## Written for the Selving stats tests (the psafety reference has no missing data).
## Run: Rscript 03_survey.R   (R 4.2.2, psych 2.2.9, multilevel 2.7, jsonlite; Debian bookworm packages)
## Writes survey.csv and expected_survey.json next to itself.
##
## survey.csv: id, unit (1..15), segment (1..3 or empty), then 14 items as answered:
##   D1_1..D1_4 (1..5, D1_2 negatively worded), D2_1..D2_3 (1..5), D3_1..D3_5 (1..5, D3_3 and D3_5
##   negatively worded), OUT (1..5, the outcome), ENPS (0..10, would you recommend).
## Reverse keying: 6 - x. Favorable: 4-5 after keying; unfavorable: 1-2.
## Missing answers: 6% of all answers at random, row 5 answered nothing, rows 10-12 skipped D2,
## row 20 skipped everything but D1_1. Unit 15 has a single member. 4% of rows have no segment.
suppressPackageStartupMessages({ library(psych); library(multilevel); library(jsonlite) })
options(warn = 1)
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20260303)

N <- 300; J <- 15
unit <- c(sort(sample(1:14, N - 1, replace = TRUE, prob = c(3, 1, 2, 5, 1, 2, 3, 1, 4, 2, 1, 3, 2, 1))), 15)
u <- rnorm(J, 0, 0.5)
g <- u[unit] + rnorm(N)                                  # general climate
theta <- sapply(1:3, function(d) 0.7 * g + 0.7 * rnorm(N))
item <- function(t, mu, lambda) pmin(5, pmax(1, round(mu + lambda * t + rnorm(N, 0, 0.9))))
D1 <- sapply(c(3.4, 3.1, 3.6, 3.2), function(mu) item(theta[, 1], mu, 0.9))
D2 <- sapply(c(3.0, 3.3, 2.9), function(mu) item(theta[, 2], mu, 0.8))
D3 <- sapply(c(3.5, 3.2, 3.3, 3.6, 3.1), function(mu) item(theta[, 3], mu, 0.7))
OUT <- pmin(5, pmax(1, round(3.2 + 0.5 * theta[, 1] + 0.3 * theta[, 2] + 0.2 * theta[, 3] + rnorm(N, 0, 0.8))))
ENPS <- pmin(10, pmax(0, round(6.8 + 1.6 * g + rnorm(N, 0, 1.7))))
keyed <- cbind(D1, D2, D3, OUT, ENPS)
colnames(keyed) <- c(paste0("D1_", 1:4), paste0("D2_", 1:3), paste0("D3_", 1:5), "OUT", "ENPS")
reversed <- c("D1_2", "D3_3", "D3_5")
raw <- keyed; raw[, reversed] <- 6 - raw[, reversed]
miss <- matrix(runif(length(raw)) < 0.06, nrow(raw))
raw[miss] <- NA
raw[5, ] <- NA
raw[10:12, paste0("D2_", 1:3)] <- NA
raw[20, -1] <- NA
segment <- sample(1:3, N, replace = TRUE, prob = c(0.7, 0.2, 0.1))
segment[runif(N) < 0.04] <- NA
storage.mode(raw) <- "integer"
write.csv(data.frame(id = 1:N, unit = unit, segment = segment, raw), "survey.csv",
          row.names = FALSE, quote = FALSE, na = "")

## ------------------------------------------------------------------ analysis (from the CSV)
d <- read.csv("survey.csv")
x <- d[, colnames(keyed)]
for (v in reversed) x[[v]] <- 6 - x[[v]]
dims <- list(D1 = paste0("D1_", 1:4), D2 = paste0("D2_", 1:3), D3 = paste0("D3_", 1:5), OUT = "OUT")
scores <- sapply(dims, function(items) { s <- rowMeans(x[, items, drop = FALSE], na.rm = TRUE); s[is.nan(s)] <- NA; s })
nv <- function(v) as.list(v)
quiet <- function(expr) suppressWarnings(suppressMessages(expr))

descr <- function(v, lo = 1, hi = 5) {
  v <- v[!is.na(v)]; tt <- t.test(v)
  list(n = length(v), mean = mean(v), sd = sd(v), median = median(v),
       ci_lower = tt$conf.int[1], ci_upper = tt$conf.int[2], index = (mean(v) - lo) / (hi - lo) * 100)
}
wilson <- function(x, n) { ci <- quiet(prop.test(x, n, correct = FALSE))$conf.int; list(lower = ci[1], upper = ci[2]) }
shares <- function(v, respondents, fav = 4, unfav = 2) {
  v <- v[!is.na(v)]; n <- length(v)
  f <- sum(v >= fav) / n; u <- sum(v <= unfav) / n; ne <- 1 - f - u
  list(answers = n, respondents = respondents, favorable = f, neutral = ne, unfavorable = u,
       favorable_ci = wilson(f * respondents, respondents), neutral_ci = wilson(ne * respondents, respondents),
       unfavorable_ci = wilson(u * respondents, respondents))
}
alpha_of <- function(m) {
  a <- quiet(psych::alpha(m, warnings = FALSE))
  list(n = nrow(m), raw_alpha = a$total$raw_alpha, std_alpha = a$total$std.alpha,
       G6_smc = a$total[["G6(smc)"]], average_r = a$total$average_r, ase = a$total$ase,
       feldt_lower = as.numeric(unlist(a$feldt$lower.ci)), feldt_upper = as.numeric(unlist(a$feldt$upper.ci)),
       score_mean = a$total$mean, score_sd = a$total$sd,
       item_n = nv(a$item.stats$n), item_mean = nv(a$item.stats$mean), item_sd = nv(a$item.stats$sd),
       raw_r = nv(a$item.stats$raw.r), std_r = nv(a$item.stats$std.r), r_drop = nv(a$item.stats$r.drop),
       alpha_if_deleted_raw = nv(a$alpha.drop$raw_alpha), alpha_if_deleted_std = nv(a$alpha.drop$std.alpha))
}
omega_of <- function(m) {
  o <- quiet(psych::omega(m, nfactors = 1, plot = FALSE))
  list(omega_total = o$omega.tot, loadings = nv(unname(o$schmid$sl[, 1])))
}

res <- list(meta = list(R_version = R.version.string, psych_version = as.character(packageVersion("psych")),
                        multilevel_version = as.character(packageVersion("multilevel")), n = N, units = J),
            scales = list(), items = list(), drivers = list(), enps = list())
for (s in names(dims)) {
  items <- dims[[s]]; m <- x[, items, drop = FALSE]; sc <- scores[, s]
  entry <- list(score = descr(sc), answers = shares(unlist(m), sum(!is.na(sc))))
  if (length(items) > 1) {
    cc <- m[complete.cases(m), ]
    entry$alpha_pairwise <- alpha_of(m)
    entry$alpha_listwise <- alpha_of(cc)
    entry$omega_pairwise <- omega_of(m)
    entry$omega_listwise <- omega_of(cc)
  }
  ## units: ANOVA and ICC on the person scores (statsBy and multilevel agree)
  ok <- !is.na(sc)
  fit <- aov(sc[ok] ~ factor(d$unit[ok])); tab <- summary(fit)[[1]]
  sb <- quiet(psych::statsBy(data.frame(score = sc, enps = x$ENPS, unit = d$unit), group = "unit"))
  nj <- as.vector(table(d$unit[ok])); NN <- sum(nj); JJ <- length(nj)
  MSB <- tab[1, "Mean Sq"]; MSW <- tab[2, "Mean Sq"]; n0 <- (NN - sum(nj^2) / NN) / (JJ - 1)
  stopifnot(abs(sb$ICC1["score"] - multilevel::ICC1(fit)) < 1e-10)
  entry$units <- list(F = tab[1, "F value"], df1 = tab[1, "Df"], df2 = tab[2, "Df"], p = tab[1, "Pr(>F)"],
    MSB = MSB, MSW = MSW, eta2 = tab[1, "Sum Sq"] / sum(tab[, "Sum Sq"]),
    ICC1 = unname(sb$ICC1["score"]), ICC2 = unname(sb$ICC2["score"]),
    ICC1_ci = nv(unname(sb$ci1["score", ])), ICC2_ci = nv(unname(sb$ci2["score", ])),
    ICC1_n0 = (MSB - MSW) / (MSB + (n0 - 1) * MSW),
    groups = lapply(split(sc, d$unit), function(v) { v <- v[!is.na(v)]; list(n = length(v), mean = mean(v), sd = if (length(v) > 1) sd(v) else NULL) }))
  ## rwg(j): multilevel, listwise on the scale's items, uniform null for 5 options = 2
  if (length(items) > 1) {
    rj <- quiet(multilevel::rwg.j(m, d$unit, ranvar = 2))
    entry$units$rwg_j <- nv(setNames(rj$rwg.j, rj$grpid)); entry$units$rwg_j_n <- nv(setNames(rj$gsize, rj$grpid))
  } else {
    r1 <- quiet(multilevel::rwg(m[[1]], d$unit, ranvar = 2))
    entry$units$rwg_j <- nv(setNames(r1$rwg, r1$grpid)); entry$units$rwg_j_n <- nv(setNames(r1$gsize, r1$grpid))
  }
  ## segments: ANOVA, pairwise Welch tests, Holm and BH over the 3 pairs
  ok2 <- ok & !is.na(d$segment)
  tab2 <- summary(aov(sc[ok2] ~ factor(d$segment[ok2])))[[1]]
  pairs <- list(c(1, 2), c(1, 3), c(2, 3)); tests <- lapply(pairs, function(p) t.test(sc[d$segment %in% p[1]], sc[d$segment %in% p[2]]))
  pv <- sapply(tests, function(t) t$p.value)
  hedges <- lapply(pairs, function(p) {                  # Borenstein et al. (2009) ch. 4
    a <- na.omit(sc[d$segment %in% p[1]]); b <- na.omit(sc[d$segment %in% p[2]]); n1 <- length(a); n2 <- length(b)
    sp <- sqrt(((n1 - 1) * var(a) + (n2 - 1) * var(b)) / (n1 + n2 - 2)); dd <- (mean(a) - mean(b)) / sp
    J <- 1 - 3 / (4 * (n1 + n2 - 2) - 1); vd <- (n1 + n2) / (n1 * n2) + dd^2 / (2 * (n1 + n2))
    list(g = J * dd, lower = J * dd - qnorm(.975) * J * sqrt(vd), upper = J * dd + qnorm(.975) * J * sqrt(vd)) })
  entry$segments <- list(F = tab2[1, "F value"], df1 = tab2[1, "Df"], df2 = tab2[2, "Df"], p = tab2[1, "Pr(>F)"],
    eta2 = tab2[1, "Sum Sq"] / sum(tab2[, "Sum Sq"]),
    pairs = lapply(seq_along(pairs), function(i) list(a = pairs[[i]][1], b = pairs[[i]][2],
      t = unname(tests[[i]]$statistic), df = unname(tests[[i]]$parameter), p = tests[[i]]$p.value,
      holm = p.adjust(pv, "holm")[i], BH = p.adjust(pv, "BH")[i],
      hedges_g = hedges[[i]]$g, hedges_lower = hedges[[i]]$lower, hedges_upper = hedges[[i]]$upper)))
  res$scales[[s]] <- entry
}
for (v in colnames(x)) {
  lo <- if (v == "ENPS") 0 else 1; hi <- if (v == "ENPS") 10 else 5
  fav <- if (v == "ENPS") 9 else 4; unfav <- if (v == "ENPS") 6 else 2
  vals <- x[[v]][!is.na(x[[v]])]
  res$items[[v]] <- list(descriptives = descr(vals, lo, hi), counts = nv(as.vector(table(factor(vals, levels = lo:hi)))),
                         answers = shares(vals, length(vals), fav, unfav))
}
## drivers: correlations with the outcome (pairwise complete), relative weights (complete rows)
for (s in c("D1", "D2", "D3")) {
  pe <- cor.test(scores[, s], scores[, "OUT"]); sp <- quiet(cor.test(scores[, s], scores[, "OUT"], method = "spearman", exact = FALSE))
  res$drivers[[s]] <- list(n = sum(complete.cases(scores[, c(s, "OUT")])), pearson_r = unname(pe$estimate), pearson_p = pe$p.value,
                           spearman_rho = unname(sp$estimate), spearman_p = sp$p.value)
}
cc <- scores[complete.cases(scores), ]
Rm <- cor(cc); Rxx <- Rm[1:3, 1:3]; rxy <- Rm[1:3, 4]
e <- eigen(Rxx); Lambda <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors)
beta <- solve(Lambda, rxy); raw_w <- as.vector(Lambda^2 %*% beta^2)
r2_lm <- summary(lm(OUT ~ D1 + D2 + D3, data = as.data.frame(cc)))$r.squared
stopifnot(abs(sum(raw_w) - r2_lm) < 1e-12)
res$relative_weights <- list(n = nrow(cc), r_squared = r2_lm, raw = raw_w, rescaled = raw_w / r2_lm * 100)
## eNPS, adjusted Wald (Rocks 2016): +3/4 promoter, +3/4 detractor, n + 3
enps_of <- function(v) { v <- v[!is.na(v)]; n <- length(v); P <- sum(v >= 9); D <- sum(v <= 6)
  pP <- (P + .75) / (n + 3); pD <- (D + .75) / (n + 3); se <- sqrt((pP + pD - (pP - pD)^2) / (n + 3))
  list(n = n, promoters = P, detractors = D, score = 100 * (P - D) / n,
       lower = 100 * max(-1, pP - pD - qnorm(.975) * se), upper = 100 * min(1, pP - pD + qnorm(.975) * se)) }
res$enps <- list(overall = enps_of(x$ENPS), by_unit = lapply(split(x$ENPS, d$unit), enps_of))
writeLines(toJSON(res, auto_unbox = TRUE, pretty = TRUE, digits = NA, na = "null", null = "null"), "expected_survey.json")
cat("survey.csv and expected_survey.json written\n")
