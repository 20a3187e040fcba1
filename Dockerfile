# Multi-stage build: Maven builds the Quarkus app, a slim JRE 17 runs it as a non-root user.
# The built-in questionnaires (surveys/) are built into the app; mount a directory of your own and set
# SELVING_SURVEYS_DIR to add questionnaires or replace built-in ones (surveys/README.md).
# PostgreSQL: build with --build-arg DB_KIND=postgresql (the database kind is fixed when building).
FROM maven:3.9-eclipse-temurin-17 AS build
ARG DB_KIND=h2
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY surveys ./surveys
RUN mvn -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home-dir /app selving
WORKDIR /app
COPY --from=build --chown=selving /src/target/quarkus-app/ ./
RUN mkdir -p /app/data && chown selving /app/data
USER selving
VOLUME /app/data
# 8080: the application; 9000: health and metrics (the management interface), for the operator's network only
EXPOSE 8080 9000
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0 -Dquarkus.management.host=0.0.0.0"
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
