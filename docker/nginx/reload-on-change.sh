#!/bin/sh
# Runs nginx and reloads it whenever the worker rewrites the generated server blocks, or a
# certificate in the certificate folder is added, renewed or removed (checked every few seconds;
# a configuration nginx -t refuses is not loaded, the old one keeps serving).
set -u
CONF_DIR=${NGINX_CONF_DIR:-/var/www/nginx}
CERT_DIR=${NGINX_CERT_DIR:-/etc/zhanqun/certs}
INTERVAL=${NGINX_RELOAD_INTERVAL:-3}

# The generated files and the name, time and size of every certificate file (links followed:
# certbot keeps links in live/).
state() {
  {
    cat "$CONF_DIR"/*.conf
    find "$CERT_DIR" -follow -name '*.pem' -exec stat -L -c '%n %Y %s' {} + | sort
  } 2>/dev/null | md5sum
}

nginx -g 'daemon off;' &
NGINX_PID=$!
trap 'kill -QUIT "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID"; exit 0' TERM INT QUIT

loaded=$(state)
while kill -0 "$NGINX_PID" 2>/dev/null; do
  sleep "$INTERVAL" & wait $!
  current=$(state)
  [ "$current" = "$loaded" ] && continue
  if nginx -t -q; then
    nginx -s reload && loaded=$current
  else
    echo "reload-on-change: nginx -t refused the new configuration; still serving the previous one" >&2
    loaded=$current
  fi
done
wait "$NGINX_PID"
